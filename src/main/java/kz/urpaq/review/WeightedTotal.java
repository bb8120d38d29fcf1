package kz.urpaq.review;

import kz.urpaq.competition.CompetitionOverview.CriterionView;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The one formula for a juror's total (SPEC §6): Σ wᵢ·sᵢ / maxᵢ over the criteria, where the
 * weights are percentages adding up to 100, so the total lies on 0–100; and the mean and the
 * population spread of several totals. Exact decimal arithmetic ({@link MathContext#DECIMAL128}):
 * the juror's page, the organisers' score sheets and the ranking ({@code results.ResultCalculator})
 * all compute with these methods, so a total never differs between screens.
 */
public final class WeightedTotal {

    public static final MathContext MATH = MathContext.DECIMAL128;

    private WeightedTotal() {
    }

    /** One criterion's share of the total: weight % × score / scale maximum. */
    public static BigDecimal share(int weightPercent, int score, int scaleMax) {
        return BigDecimal.valueOf((long) weightPercent * score).divide(BigDecimal.valueOf(scaleMax), MATH);
    }

    /** The mean of the values (there must be at least one). */
    public static BigDecimal mean(List<BigDecimal> values) {
        return mean(sum(values), values.size());
    }

    /** The values added in their order. */
    public static BigDecimal sum(List<BigDecimal> values) {
        var sum = BigDecimal.ZERO;
        for (var value : values) {
            sum = sum.add(value);
        }
        return sum;
    }

    /** The mean of {@code count} values that add up to {@code sum}. */
    public static BigDecimal mean(BigDecimal sum, int count) {
        return sum.divide(BigDecimal.valueOf(count), MATH);
    }

    /**
     * The population standard deviation (divided by n, not n − 1): the spread of the totals the
     * application actually got, not an estimate for a larger population of jurors. Zero below two.
     */
    public static BigDecimal standardDeviation(List<BigDecimal> values, BigDecimal mean) {
        return values.size() < 2 ? BigDecimal.ZERO : variance(values, mean).sqrt(MATH);
    }

    /** The population variance: the mean of the squared deviations (the spread before its square root). */
    public static BigDecimal variance(List<BigDecimal> values, BigDecimal mean) {
        return mean(squaredDeviations(values, mean), values.size());
    }

    /** Σ (value − mean)², added in the values' order. */
    public static BigDecimal squaredDeviations(List<BigDecimal> values, BigDecimal mean) {
        var sum = BigDecimal.ZERO;
        for (var value : values) {
            var d = value.subtract(mean);
            sum = sum.add(d.multiply(d));
        }
        return sum;
    }

    // For the review pages: criteria by id, a criterion without a score counting as 0 (only
    // drafts have such), figures rounded to two decimals for display.

    /** The weighted total on 0–100, rounded to two decimals. */
    public static double of(List<CriterionView> criteria, Map<Long, Integer> scores) {
        var total = BigDecimal.ZERO;
        for (var criterion : criteria) {
            var score = scores.get(criterion.id());
            if (score != null) {
                total = total.add(share(criterion.weightPercent(), score, criterion.scaleMax()));
            }
        }
        return display(total);
    }

    public static double mean(Collection<Double> totals) {
        return totals.isEmpty() ? 0 : display(mean(decimals(totals)));
    }

    public static double standardDeviation(Collection<Double> totals) {
        if (totals.isEmpty()) {
            return 0;
        }
        var values = decimals(totals);
        return display(standardDeviation(values, mean(values)));
    }

    private static List<BigDecimal> decimals(Collection<Double> totals) {
        return totals.stream().map(BigDecimal::valueOf).toList();
    }

    private static double display(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
