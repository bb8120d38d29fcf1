package kz.urpaq.review;

import kz.urpaq.competition.CompetitionOverview.CriterionView;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A juror's total for an application (SPEC §6): Σ wᵢ·sᵢ / maxᵢ over the criteria, where the
 * weights are percentages adding up to 100, so the total lies on 0–100. A criterion without a
 * score counts as 0 (only drafts have such). Also the mean and the spread of several totals.
 */
public final class WeightedTotal {

    private WeightedTotal() {
    }

    /** The weighted total on 0–100, rounded to two decimals. */
    public static double of(List<CriterionView> criteria, Map<Long, Integer> scores) {
        double total = 0;
        for (var criterion : criteria) {
            var score = scores.get(criterion.id());
            if (score != null) {
                total += criterion.weightPercent() * (double) score / criterion.scaleMax();
            }
        }
        return round(total);
    }

    public static double mean(Collection<Double> totals) {
        return totals.isEmpty() ? 0 : round(totals.stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    /**
     * The population standard deviation (divided by n, not n − 1): the spread of the totals the
     * application actually got, not an estimate for a larger population of jurors.
     */
    public static double standardDeviation(Collection<Double> totals) {
        if (totals.isEmpty()) {
            return 0;
        }
        double mean = totals.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double squares = totals.stream().mapToDouble(t -> (t - mean) * (t - mean)).sum();
        return round(Math.sqrt(squares / totals.size()));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
