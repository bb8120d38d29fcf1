package kz.urpaq.review;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionOverview.CriterionView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WeightedTotalTest {

    private static final LocalizedText NAME = new LocalizedText("Атауы", "Название", "Name");

    private static CriterionView criterion(long id, int weight, int max) {
        return new CriterionView(id, "c" + id, NAME, NAME, weight, max);
    }

    private static final List<CriterionView> DEFAULT = List.of(criterion(1, 25, 10), criterion(2, 20, 10),
            criterion(3, 20, 10), criterion(4, 20, 10), criterion(5, 15, 10));

    @Test
    void default_criteria_by_hand() {
        // 25·8/10 + 20·6/10 + 20·7/10 + 20·9/10 + 15·5/10 = 20 + 12 + 14 + 18 + 7.5 = 71.5
        assertThat(WeightedTotal.of(DEFAULT, Map.of(1L, 8, 2L, 6, 3L, 7, 4L, 9, 5L, 5))).isEqualByComparingTo("71.5");
        assertThat(WeightedTotal.of(DEFAULT, Map.of(1L, 10, 2L, 10, 3L, 10, 4L, 10, 5L, 10))).isEqualByComparingTo("100");
        assertThat(WeightedTotal.of(DEFAULT, Map.of(1L, 0, 2L, 0, 3L, 0, 4L, 0, 5L, 0))).isEqualByComparingTo("0");
    }

    @Test
    void different_scales_are_normalised_and_missing_scores_count_as_zero() {
        // 50·3/5 + 50·20/20 = 30 + 50 = 80; 30·2/3 + 70·0 = 20
        assertThat(WeightedTotal.of(List.of(criterion(1, 50, 5), criterion(2, 50, 20)), Map.of(1L, 3, 2L, 20)))
                .isEqualByComparingTo("80");
        assertThat(WeightedTotal.of(List.of(criterion(1, 30, 3), criterion(2, 70, 7)), Map.of(1L, 2)))
                .isEqualByComparingTo("20");
        // 100·1/3 = 33.333…, kept exact to 34 digits: rounding is the page's business
        assertThat(WeightedTotal.of(List.of(criterion(1, 100, 3)), Map.of(1L, 1)))
                .isEqualByComparingTo("33.33333333333333333333333333333333");
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void mean_and_population_standard_deviation() {
        // mean 80; deviations −10, 0, 10; population variance 200/3; SD 8.1649…
        var totals = decimals("70", "80", "90");
        var mean = WeightedTotal.mean(totals);
        assertThat(mean).isEqualByComparingTo("80");
        assertThat(WeightedTotal.standardDeviation(totals, mean).setScale(4, RoundingMode.HALF_UP))
                .isEqualByComparingTo("8.1650");
        // 40 and 80: mean 60, SD 20 (sample SD would be 28.28)
        var two = decimals("40", "80");
        assertThat(WeightedTotal.standardDeviation(two, WeightedTotal.mean(two))).isEqualByComparingTo("20");
        assertThat(WeightedTotal.standardDeviation(decimals("55"), new BigDecimal("55"))).isZero();
    }

    @Test
    void a_spread_just_above_the_threshold_is_flagged_although_it_shows_as_the_threshold() {
        var criteria = List.of(criterion(1, 25, 3), criterion(2, 20, 10), criterion(3, 20, 9), criterion(4, 20, 10),
                criterion(5, 15, 9));
        var totals = List.of(WeightedTotal.of(criteria, Map.of(1L, 2, 2L, 7, 3L, 5, 4L, 8, 5L, 8)),
                WeightedTotal.of(criteria, Map.of(1L, 2, 2L, 2, 3L, 2, 4L, 5, 5L, 5)),
                WeightedTotal.of(criteria, Map.of(1L, 2, 2L, 2, 3L, 3, 4L, 2, 5L, 3)));
        // 640/9, 391/9 and 109/3: shown as 71.11, 43.44 and 36.33
        assertThat(totals).extracting(t -> t.setScale(2, RoundingMode.HALF_UP).toPlainString())
                .containsExactly("71.11", "43.44", "36.33");

        var spread = WeightedTotal.standardDeviation(totals, WeightedTotal.mean(totals));

        assertThat(spread.setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("15.0019");
        assertThat(spread.setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("15.00");
        assertThat(WeightedTotal.aboveThreshold(spread, new BigDecimal("15"))).isTrue();
        assertThat(WeightedTotal.aboveThreshold(new BigDecimal("15.00"), new BigDecimal("15"))).isFalse();
    }
}
