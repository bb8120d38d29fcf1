package kz.urpaq.certificate;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A certificate batch as every instance sees it (docs/decisions/022-outbox-and-background-work.md):
 * {@code total} to issue, {@code done} of them handled, {@code issued} newly issued, {@code failed}
 * not issued because of an error (a new batch tries them again), who started it and when, how
 * often another claim took it over ({@code resumed}), and whether it is {@code stalled}: running,
 * but its instance stopped renewing it (another instance or one click resumes it).
 */
public record IssueProgress(long batchId, long competitionId, BatchState state, int total, int done, int issued,
                            int failed, Instant startedAt, String startedBy, @Nullable Instant finishedAt,
                            @Nullable String failure, int resumed, boolean stalled) {

    public boolean finished() {
        return state != BatchState.RUNNING;
    }

    /** From 0 to 1, for a progress bar; an empty run is complete. */
    public double fraction() {
        return total == 0 ? (finished() ? 1 : 0) : (double) done / total;
    }
}
