package kz.urpaq.review;

import kz.urpaq.competition.CompetitionOverview.CriterionView;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

/**
 * The one formula for a juror's total (domain.md §6): Σ wᵢ·sᵢ / maxᵢ over the criteria, where the
 * weights are percentages adding up to 100, so the total lies on 0–100; the mean and the
 * population spread of several totals; and the variance flag (domain.md §7). Exact decimal arithmetic
 * ({@link MathContext#DECIMAL128}), never rounded here: the juror's page, the administrators' scores
 * page and the ranking ({@code results.ResultCalculator}) all compute with these methods and round
 * only to show a figure, so a total, a mean, a spread or a flag never differs between screens.
 * It lives in {@code review} because {@code results} depends on {@code review}, not the reverse.
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
        return values.size() < 2 ? BigDecimal.ZERO : root(variance(values, mean));
    }

    /** The spread from the variance: its square root. */
    public static BigDecimal root(BigDecimal variance) {
        return variance.sqrt(MATH);
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

    /**
     * The variance flag (domain.md §7): whether the spread of an application's totals is above the
     * competition's threshold. Compared on the exact spread, never on a rounded one: a spread of
     * 15.0019 is above 15 although it shows as 15.00.
     */
    public static boolean aboveThreshold(BigDecimal spread, BigDecimal threshold) {
        return spread.compareTo(threshold) > 0;
    }

    /**
     * A juror's total for one sheet of the review room, criteria by id. A criterion without a score
     * counts as 0: only drafts have such, and a submitted sheet has every score, so its total is the
     * ranking's.
     */
    public static BigDecimal of(List<CriterionView> criteria, Map<Long, Integer> scores) {
        var total = BigDecimal.ZERO;
        for (var criterion : criteria) {
            var score = scores.get(criterion.id());
            if (score != null) {
                total = total.add(share(criterion.weightPercent(), score, criterion.scaleMax()));
            }
        }
        return total;
    }
}
