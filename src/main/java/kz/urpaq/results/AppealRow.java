package kz.urpaq.results;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * An appeal as its applicant and the organisers read it: the reason, its file's name, when it was
 * filed, and the decision ({@code outcome} UPHELD or REJECTED, empty while open) with its reason.
 */
public record AppealRow(long id, long applicationId, @Nullable String referenceNumber, String projectTitle,
                        String reason, @Nullable String fileName, Instant filedAt, @Nullable String outcome,
                        @Nullable String decisionReason, @Nullable Instant decidedAt) {

    public boolean open() {
        return outcome == null;
    }
}
