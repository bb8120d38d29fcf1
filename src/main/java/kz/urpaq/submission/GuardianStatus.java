package kz.urpaq.submission;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * Whether an application needs a guardian's consent (its applicant is under 18 on the deadline),
 * to whom it was asked, and whether and when it was given.
 */
public record GuardianStatus(boolean required, @Nullable String guardianEmail, @Nullable Instant requestedAt,
                             @Nullable Instant linkExpiresAt, @Nullable Instant confirmedAt,
                             @Nullable String guardianName) {

    static final GuardianStatus NOT_REQUIRED = new GuardianStatus(false, null, null, null, null, null);

    public boolean confirmed() {
        return confirmedAt != null;
    }

    public boolean requested() {
        return requestedAt != null;
    }

    /** Submission waits for the guardian. */
    public boolean blocksSubmission() {
        return required && !confirmed();
    }
}
