package kz.urpaq.certificate;

import org.jspecify.annotations.Nullable;

/**
 * How far a run that issues a competition's missing certificates has got: {@code total} to
 * issue in this run, {@code done} of them handled, {@code issued} newly issued, {@code failed}
 * not issued because of an error (a rerun tries them again).
 */
public record IssueProgress(long competitionId, int total, int done, int issued, int failed, boolean finished,
                            @Nullable String failure) {

    /** From 0 to 1, for a progress bar; an empty run is complete. */
    public double fraction() {
        return total == 0 ? 1 : (double) done / total;
    }
}
