package kz.urpaq.submission;

import org.jspecify.annotations.Nullable;

/**
 * An application as the organisers' desk needs it to assign reviewers: where it belongs and who
 * wrote it, without its text.
 */
public record ApplicationRef(long applicationId, long competitionId, @Nullable Long directionId, long applicantId,
                             String title, @Nullable String referenceNumber, ApplicationStatus status) {
}
