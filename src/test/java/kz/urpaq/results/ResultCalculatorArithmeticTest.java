package kz.urpaq.results;

import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.ScoreMethod;
import kz.urpaq.results.ScoringInput.Criterion;
import kz.urpaq.results.ScoringInput.Entry;
import kz.urpaq.results.ScoringInput.Rules;
import kz.urpaq.results.ScoringInput.Sheet;
import kz.urpaq.review.WeightedTotal;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision 034: the ranking's integer arithmetic publishes the figures the decimal formula of
 * {@link WeightedTotal} gives, also where a share has no finite decimal (scale maxima of 3 and 7)
 * and with five reviews or more (the trimmed mean). Each ranked row's mean, trimmed mean, spread
 * and variance flag are worked out here again with {@link WeightedTotal} from the row's own sheets.
 */
class ResultCalculatorArithmeticTest {

    private static final List<Criterion> ODD_SCALES = List.of(new Criterion("relevance", 40, 3, 1),
            new Criterion("novelty", 35, 7, 2), new Criterion("budget", 25, 10, null));

    @Test
    void integer_figures_equal_the_decimal_formula_with_scales_of_3_7_and_10() {
        var random = new Random(34);
        var entries = new ArrayList<Entry>();
        var sheets = new ArrayList<Sheet>();
        var byApplication = new HashMap<Long, List<Sheet>>();
        for (long id = 1; id <= 3000; id++) {
            entries.add(new Entry(id, 1 + id % 2, Instant.parse("2026-12-01T10:00:00Z").plusSeconds(id)));
            int reviews = random.nextInt(7);
            for (int j = 0; j < reviews; j++) {
                var sheet = new Sheet(id, 100 + (id + 7L * j) % 40, Map.of("relevance", random.nextInt(4),
                        "novelty", random.nextInt(8), "budget", random.nextInt(11)));
                sheets.add(sheet);
                byApplication.computeIfAbsent(id, k -> new ArrayList<>()).add(sheet);
            }
        }
        var threshold = new BigDecimal("12.5");
        for (var method : ScoreMethod.values()) {
            var rules = new Rules(method, ODD_SCALES, 3, 2, 5, GrantPolicy.OVERALL_TOP, Map.of(),
                    BigDecimal.valueOf(40), threshold);
            var ranked = ResultCalculator.compute(new ScoringInput(rules, entries, sheets));
            assertThat(ranked).hasSize(3000);
            int trimmed = 0;
            for (var row : ranked) {
                var own = byApplication.getOrDefault(row.applicationId(), List.of()).stream()
                        .sorted(java.util.Comparator.comparingLong(Sheet::jurorId)).toList();
                assertThat(row.reviews()).isEqualTo(own.size());
                if (own.isEmpty()) {
                    assertThat(row.mean()).isEqualTo(new BigDecimal("0.0000"));
                    continue;
                }
                var totals = own.stream().map(s -> ResultCalculator.total(ODD_SCALES, s.scores())).toList();
                var mean = WeightedTotal.mean(totals);
                var spread = WeightedTotal.standardDeviation(totals, mean);
                assertThat(row.mean()).as("mean of %s", row.applicationId()).isEqualTo(ResultCalculator.round(mean));
                assertThat(row.spread()).as("spread of %s", row.applicationId())
                        .isEqualTo(ResultCalculator.round(spread));
                assertThat(row.varianceFlag()).isEqualTo(WeightedTotal.aboveThreshold(spread, threshold));
                if (totals.size() >= 5) {
                    trimmed++;
                    var sorted = totals.stream().sorted().toList();
                    assertThat(row.trimmedMean()).as("trimmed mean of %s", row.applicationId())
                            .isEqualTo(ResultCalculator.round(WeightedTotal.mean(sorted.subList(1, sorted.size() - 1))));
                } else {
                    assertThat(row.trimmedMean()).isEqualTo(row.mean());
                }
            }
            assertThat(trimmed).isGreaterThan(500);
        }
    }
}
