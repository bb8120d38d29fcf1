package kz.urpaq.submission;

import kz.urpaq.applicant.District;
import kz.urpaq.base.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A line of the screening list. */
public record ScreeningRow(long applicationId, @Nullable String referenceNumber, String title,
                           @Nullable LocalizedText direction, String applicantName, @Nullable District district,
                           @Nullable Integer ageOnDeadline, ApplicationStatus status, @Nullable Instant submittedAt,
                           @Nullable String screeningReason) {
}
