package kz.urpaq.review;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionOverview.CriterionView;
import org.junit.jupiter.api.Test;

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
        assertThat(WeightedTotal.of(DEFAULT, Map.of(1L, 8, 2L, 6, 3L, 7, 4L, 9, 5L, 5))).isEqualTo(71.5);
        assertThat(WeightedTotal.of(DEFAULT, Map.of(1L, 10, 2L, 10, 3L, 10, 4L, 10, 5L, 10))).isEqualTo(100.0);
        assertThat(WeightedTotal.of(DEFAULT, Map.of(1L, 0, 2L, 0, 3L, 0, 4L, 0, 5L, 0))).isEqualTo(0.0);
    }

    @Test
    void different_scales_are_normalised_and_missing_scores_count_as_zero() {
        // 50·3/5 + 50·20/20 = 30 + 50 = 80; 30·2/3 + 70·0 = 20
        assertThat(WeightedTotal.of(List.of(criterion(1, 50, 5), criterion(2, 50, 20)), Map.of(1L, 3, 2L, 20)))
                .isEqualTo(80.0);
        assertThat(WeightedTotal.of(List.of(criterion(1, 30, 3), criterion(2, 70, 7)), Map.of(1L, 2)))
                .isEqualTo(20.0);
        // 100·1/3 = 33.333… → 33.33
        assertThat(WeightedTotal.of(List.of(criterion(1, 100, 3)), Map.of(1L, 1))).isEqualTo(33.33);
    }

    @Test
    void mean_and_population_standard_deviation() {
        // mean 80; deviations −10, 0, 10; population variance 200/3 = 66.67; SD 8.16
        assertThat(WeightedTotal.mean(List.of(70.0, 80.0, 90.0))).isEqualTo(80.0);
        assertThat(WeightedTotal.standardDeviation(List.of(70.0, 80.0, 90.0))).isEqualTo(8.16);
        // 40 and 80: mean 60, SD 20 (sample SD would be 28.28)
        assertThat(WeightedTotal.standardDeviation(List.of(40.0, 80.0))).isEqualTo(20.0);
        assertThat(WeightedTotal.standardDeviation(List.of())).isEqualTo(0.0);
    }
}
