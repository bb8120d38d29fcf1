package kz.urpaq.review;

import kz.urpaq.competition.CompetitionOverview.CriterionView;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * For administrators: the sheets of one application, their totals, the mean and the population
 * standard deviation of the submitted totals, and whether the spread exceeds the competition's
 * threshold (SPEC §7). Jurors' comments to the organisers appear only here.
 */
public record ApplicationScores(long applicationId, List<CriterionView> criteria, List<Sheet> sheets, int submitted, double mean,
                                double standardDeviation, BigDecimal varianceThreshold, boolean varianceFlag) {

    public record Sheet(long assignmentId, long jurorId, AssignmentState state, List<ScoreEntry> entries,
                        double total, String commentToOrganisers, String commentToApplicant,
                        @Nullable Instant submittedAt) {
    }
}
