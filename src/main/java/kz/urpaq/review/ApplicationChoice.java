package kz.urpaq.review;

import org.jspecify.annotations.Nullable;

/** An eligible application a juror could be added to, with how many reviewers it has now. */
public record ApplicationChoice(long applicationId, @Nullable String referenceNumber, String title, int reviewers) {
}
