package kz.urpaq.review;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * How a competition's review stands, counted for the organisers' dashboard
 * (docs/decisions/027-dashboard-figures.md): each juror's progress, each juror's scoring against
 * their panel's, and how many applications have all the sheets they need.
 */
public record ReviewFigures(List<Progress> progress, List<Panel> panels, long fullyReviewed) {

    /** A juror's assignments by state (a declined one is not counted as assigned). */
    public record Progress(long jurorId, String jurorName, long assigned, long started, long submitted, long declined) {
    }

    /** A direction's panel: the mean and spread of every submitted total in it, and its jurors. */
    public record Panel(long directionId, long sheets, BigDecimal mean, BigDecimal spread, List<Juror> jurors) {
    }

    /**
     * One juror of a panel: the mean and spread of their submitted totals, and their offset, the
     * mean of (their total − the mean of every submitted total of the same application) over the
     * applications someone else scored too; empty when there are none. An outlier's offset is
     * larger than the competition's variance threshold.
     */
    public record Juror(long jurorId, String jurorName, long sheets, BigDecimal mean, BigDecimal spread,
                        @Nullable BigDecimal offset, boolean outlier) {
    }
}
