package kz.urpaq.submission;

import kz.urpaq.base.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A line of "My applications". */
public record ApplicationSummary(
        long id,
        long competitionId,
        LocalizedText competitionTitle,
        String title,
        ApplicationStatus status,
        @Nullable String referenceNumber,
        Instant submissionDeadline,
        Instant savedAt,
        @Nullable Instant submittedAt) {
}
