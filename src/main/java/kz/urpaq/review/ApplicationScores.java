package kz.urpaq.review;

import kz.urpaq.competition.CompetitionOverview.CriterionView;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * For administrators: the sheets of one application, their totals, the mean and the spread (the
 * population standard deviation) of the submitted totals, and whether the spread exceeds the
 * competition's threshold (domain.md §7). The figures are exact, the ranking's own: the page rounds them
 * to show them. Jurors' comments to the organisers appear only here.
 */
public record ApplicationScores(long applicationId, List<CriterionView> criteria, List<Sheet> sheets, int submitted,
                                BigDecimal mean, BigDecimal spread, BigDecimal varianceThreshold,
                                boolean varianceFlag) {

    public record Sheet(long assignmentId, long jurorId, AssignmentState state, List<ScoreEntry> entries,
                        BigDecimal total, String commentToOrganisers, String commentToApplicant,
                        @Nullable Instant submittedAt) {
    }
}
