package kz.urpaq.results;

import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.ScoreMethod;
import kz.urpaq.results.RankedApplication.Rule;
import kz.urpaq.results.ScoringInput.Criterion;
import kz.urpaq.results.ScoringInput.Entry;
import kz.urpaq.results.ScoringInput.Rules;
import kz.urpaq.results.ScoringInput.Sheet;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-worked examples of domain.md §7, then properties over generated competitions. */
class ResultCalculatorTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final List<Criterion> ONE = List.of(new Criterion("total", 100, 100, null));
    private static final List<Criterion> DEFAULT = List.of(new Criterion("relevance", 25, 10, 1),
            new Criterion("novelty", 20, 10, 3), new Criterion("feasibility", 20, 10, 2),
            new Criterion("impact", 20, 10, 4), new Criterion("budget", 15, 10, 5));

    private static Rules rules(ScoreMethod method, List<Criterion> criteria, int reviewers, int places, int grants,
                               GrantPolicy policy) {
        return new Rules(method, criteria, reviewers, places, grants, policy, Map.of(), BigDecimal.valueOf(50),
                BigDecimal.valueOf(15));
    }

    private static Map<Long, RankedApplication> byId(List<RankedApplication> result) {
        return result.stream().collect(Collectors.toMap(RankedApplication::applicationId, Function.identity()));
    }

    private static Sheet one(long application, long juror, int total) {
        return new Sheet(application, juror, Map.of("total", total));
    }

    @Test
    void a_jurors_total_is_the_weighted_sum_on_0_to_100() {
        var scores = Map.of("relevance", 8, "novelty", 6, "feasibility", 7, "impact", 9, "budget", 5);

        // 25·0.8 + 20·0.6 + 20·0.7 + 20·0.9 + 15·0.5 = 20 + 12 + 14 + 18 + 7.5
        assertThat(ResultCalculator.total(DEFAULT, scores)).isEqualByComparingTo("71.5");
        assertThat(ResultCalculator.total(DEFAULT, Map.of("relevance", 10, "novelty", 10, "feasibility", 10,
                "impact", 10, "budget", 10))).isEqualByComparingTo("100");
    }

    @Test
    void mean_trimmed_mean_and_spread_of_five_reviews() {
        var input = new ScoringInput(rules(ScoreMethod.TRIMMED_MEAN, ONE, 5, 3, 15, GrantPolicy.PLACE_WINNERS),
                List.of(new Entry(1, 10, T0), new Entry(2, 10, T0.plusSeconds(1))),
                List.of(one(1, 1, 50), one(1, 2, 60), one(1, 3, 70), one(1, 4, 80), one(1, 5, 100),
                        one(2, 1, 40), one(2, 2, 60), one(2, 3, 100), one(2, 4, 100), one(2, 5, 100)));

        var result = byId(ResultCalculator.compute(input));

        // 1: mean 72, trimmed (60+70+80)/3 = 70, population SD √(22²+12²+2²+8²+28²)/5 = √296 ≈ 17.2047
        assertThat(result.get(1L).mean()).isEqualByComparingTo("72");
        assertThat(result.get(1L).trimmedMean()).isEqualByComparingTo("70");
        assertThat(result.get(1L).spread()).isEqualByComparingTo("17.2047");
        assertThat(result.get(1L).varianceFlag()).isTrue();
        // 2: mean 80, trimmed (60+100+100)/3 = 86.6667
        assertThat(result.get(2L).trimmedMean()).isEqualByComparingTo("86.6667");
        assertThat(result.get(2L).rank()).isEqualTo(1);
        assertThat(result.get(2L).score()).isEqualByComparingTo("86.6667");
    }

    @Test
    void fewer_than_five_reviews_are_not_trimmed() {
        var input = new ScoringInput(rules(ScoreMethod.TRIMMED_MEAN, ONE, 3, 3, 15, GrantPolicy.PLACE_WINNERS),
                List.of(new Entry(1, 10, T0)), List.of(one(1, 1, 40), one(1, 2, 60), one(1, 3, 95)));

        assertThat(ResultCalculator.compute(input).getFirst().trimmedMean()).isEqualByComparingTo("65");
    }

    @Test
    void a_tie_is_broken_on_the_first_tie_break_criterion_and_the_rule_is_recorded() {
        var criteria = List.of(new Criterion("a", 50, 10, 1), new Criterion("b", 50, 10, 2));
        var input = new ScoringInput(rules(ScoreMethod.MEAN, criteria, 1, 3, 15, GrantPolicy.PLACE_WINNERS),
                List.of(new Entry(1, 10, T0), new Entry(2, 10, T0.minusSeconds(60))),
                List.of(new Sheet(1, 7, Map.of("a", 8, "b", 6)), new Sheet(2, 7, Map.of("a", 6, "b", 8))));

        var result = byId(ResultCalculator.compute(input));

        assertThat(result.get(1L).score()).isEqualByComparingTo(result.get(2L).score()).isEqualByComparingTo("70");
        assertThat(result.get(1L).rank()).isEqualTo(1);
        assertThat(result.get(1L).place()).isEqualTo(1);
        assertThat(result.get(2L).place()).isEqualTo(2);
        assertThat(result.get(2L).decisions()).extracting(RankedApplication.Decision::rule, RankedApplication.Decision::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(Rule.TIE_BROKEN_ON_CRITERION, "a"));
    }

    @Test
    void a_complete_tie_goes_to_the_earlier_submission() {
        var input = new ScoringInput(rules(ScoreMethod.MEAN, ONE, 1, 3, 15, GrantPolicy.PLACE_WINNERS),
                List.of(new Entry(1, 10, T0.plusSeconds(5)), new Entry(2, 10, T0)),
                List.of(one(1, 7, 80), one(2, 7, 80)));

        var result = byId(ResultCalculator.compute(input));

        assertThat(result.get(2L).rank()).isEqualTo(1);
        assertThat(result.get(1L).decisions()).extracting(RankedApplication.Decision::rule)
                .contains(Rule.TIE_BROKEN_ON_SUBMISSION_TIME);
    }

    @Test
    void below_the_minimum_score_and_not_fully_reviewed_projects_get_no_award_and_say_why() {
        var input = new ScoringInput(rules(ScoreMethod.MEAN, ONE, 2, 3, 15, GrantPolicy.PLACE_WINNERS),
                List.of(new Entry(1, 10, T0), new Entry(2, 10, T0), new Entry(3, 10, T0)),
                List.of(one(1, 1, 90), one(1, 2, 80), one(2, 1, 45), one(2, 2, 40), one(3, 1, 99)));

        var result = byId(ResultCalculator.compute(input));

        assertThat(result.get(1L).place()).isEqualTo(1);
        assertThat(result.get(2L).place()).isNull();
        assertThat(result.get(2L).grant()).isFalse();
        assertThat(result.get(2L).decisions()).extracting(RankedApplication.Decision::rule)
                .contains(Rule.BELOW_MINIMUM_SCORE);
        assertThat(result.get(3L).fullyReviewed()).isFalse();
        assertThat(result.get(3L).place()).isNull();
        assertThat(result.get(3L).decisions()).extracting(RankedApplication.Decision::rule)
                .contains(Rule.NOT_FULLY_REVIEWED);
    }

    @Test
    void a_direction_with_fewer_projects_than_places_gives_its_unused_grants_to_the_best_remaining_overall() {
        var entries = new ArrayList<Entry>();
        var sheets = new ArrayList<Sheet>();
        // Direction 10: two projects. Direction 20: five projects scoring 95, 90, 85, 80, 75.
        entries.add(new Entry(1, 10, T0));
        entries.add(new Entry(2, 10, T0));
        sheets.add(one(1, 1, 70));
        sheets.add(one(2, 1, 60));
        for (int i = 0; i < 5; i++) {
            entries.add(new Entry(100 + i, 20, T0));
            sheets.add(one(100 + i, 2, 95 - 5 * i));
        }
        var input = new ScoringInput(rules(ScoreMethod.MEAN, ONE, 1, 3, 6, GrantPolicy.PLACE_WINNERS), entries,
                sheets);

        var result = byId(ResultCalculator.compute(input));

        assertThat(result.get(1L).place()).isEqualTo(1);
        assertThat(result.get(2L).place()).isEqualTo(2);
        assertThat(result.values().stream().filter(RankedApplication::grant).count()).isEqualTo(6);
        assertThat(result.get(103L).grant()).isTrue();
        assertThat(result.get(103L).place()).isNull();
        assertThat(result.get(103L).decisions()).extracting(RankedApplication.Decision::rule)
                .contains(Rule.GRANT_REDISTRIBUTED);
        assertThat(result.get(104L).grant()).isFalse();
    }

    @Test
    void normalising_cancels_a_juror_who_scores_everyone_low() {
        // Juror 1 is harsh (20, 30), juror 2 lenient (80, 90): each juror's better project gets the top.
        var input = new ScoringInput(rules(ScoreMethod.NORMALISED, ONE, 1, 3, 15, GrantPolicy.PLACE_WINNERS),
                List.of(new Entry(1, 10, T0), new Entry(2, 10, T0), new Entry(3, 10, T0), new Entry(4, 10, T0)),
                List.of(one(1, 1, 20), one(2, 1, 30), one(3, 2, 80), one(4, 2, 90)));

        var result = byId(ResultCalculator.compute(input));

        assertThat(result.get(2L).normalised()).isEqualByComparingTo("90");
        assertThat(result.get(3L).normalised()).isEqualByComparingTo("20");
        assertThat(result.get(2L).mean()).isEqualByComparingTo("30");
        assertThat(result.get(2L).rank()).isLessThan(result.get(3L).rank());
    }

    @Test
    void overall_top_takes_the_best_n_across_directions() {
        var input = new ScoringInput(rules(ScoreMethod.MEAN, ONE, 1, 1, 2, GrantPolicy.OVERALL_TOP),
                List.of(new Entry(1, 10, T0), new Entry(2, 10, T0), new Entry(3, 20, T0)),
                List.of(one(1, 1, 90), one(2, 1, 85), one(3, 1, 60)));

        var result = byId(ResultCalculator.compute(input));

        assertThat(result.get(1L).grant()).isTrue();
        assertThat(result.get(2L).grant()).isTrue();
        assertThat(result.get(3L).grant()).isFalse();
        assertThat(result.get(3L).place()).isEqualTo(1);
    }

    @Test
    void per_direction_quotas_then_the_rest_overall() {
        var rules = new Rules(ScoreMethod.MEAN, ONE, 1, 1, 3, GrantPolicy.PER_DIRECTION, Map.of(10L, 1, 20L, 1),
                BigDecimal.valueOf(50), BigDecimal.valueOf(15));
        var input = new ScoringInput(rules,
                List.of(new Entry(1, 10, T0), new Entry(2, 10, T0), new Entry(3, 20, T0)),
                List.of(one(1, 1, 90), one(2, 1, 85), one(3, 1, 60)));

        var result = byId(ResultCalculator.compute(input));

        assertThat(result.get(1L).decisions()).extracting(RankedApplication.Decision::rule)
                .contains(Rule.GRANT_DIRECTION_QUOTA);
        assertThat(result.get(3L).decisions()).extracting(RankedApplication.Decision::rule)
                .contains(Rule.GRANT_DIRECTION_QUOTA);
        assertThat(result.get(2L).decisions()).extracting(RankedApplication.Decision::rule)
                .contains(Rule.GRANT_REDISTRIBUTED);
    }

    private static ScoringInput generated(Random random) {
        int directions = 1 + random.nextInt(6);
        int jurors = 3 + random.nextInt(10);
        var entries = new ArrayList<Entry>();
        var sheets = new ArrayList<Sheet>();
        long id = 1;
        for (int d = 0; d < directions; d++) {
            int count = random.nextInt(25);
            for (int i = 0; i < count; i++, id++) {
                entries.add(new Entry(id, 100 + d, T0.plusSeconds(random.nextInt(3))));
                int reviews = random.nextInt(10) == 0 ? 2 : 3;
                var chosen = new ArrayList<Long>();
                while (chosen.size() < reviews) {
                    long juror = 1 + random.nextInt(jurors);
                    if (!chosen.contains(juror)) {
                        chosen.add(juror);
                    }
                }
                for (var juror : chosen) {
                    var scores = new HashMap<String, Integer>();
                    DEFAULT.forEach(c -> scores.put(c.code(), random.nextInt(4) + random.nextInt(8)));
                    sheets.add(new Sheet(id, juror, scores));
                }
            }
        }
        var method = ScoreMethod.values()[random.nextInt(3)];
        var policy = GrantPolicy.values()[random.nextInt(3)];
        var quotas = new HashMap<Long, Integer>();
        for (int d = 0; d < directions; d++) {
            quotas.put(100L + d, random.nextInt(4));
        }
        return new ScoringInput(new Rules(method, DEFAULT, 3, 3, random.nextInt(20), policy, quotas,
                BigDecimal.valueOf(random.nextInt(60)), BigDecimal.valueOf(15)), entries, sheets);
    }

    @Test
    void the_same_scores_in_any_row_order_give_the_same_result() {
        var random = new Random(2026);
        for (int run = 0; run < 200; run++) {
            var input = generated(random);
            var entries = new ArrayList<>(input.entries());
            var sheets = new ArrayList<>(input.sheets());
            Collections.shuffle(entries, random);
            Collections.shuffle(sheets, random);

            assertThat(ResultCalculator.compute(new ScoringInput(input.rules(), entries, sheets)))
                    .as("run %d", run).isEqualTo(ResultCalculator.compute(input));
        }
    }

    @Test
    void awards_obey_the_rules_in_every_generated_competition() {
        var random = new Random(11);
        for (int run = 0; run < 300; run++) {
            var input = generated(random);
            var rules = input.rules();
            var result = ResultCalculator.compute(input);

            assertThat(result.stream().filter(RankedApplication::grant).count()).isLessThanOrEqualTo(rules.grantCount());
            for (var row : result) {
                assertThat(row.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
                if (row.place() != null || row.grant()) {
                    assertThat(row.fullyReviewed()).isTrue();
                    assertThat(row.score()).isGreaterThanOrEqualTo(rules.minimumScore());
                }
            }
            var byDirection = result.stream().collect(Collectors.groupingBy(RankedApplication::directionId));
            for (var rows : byDirection.values()) {
                assertThat(rows).extracting(RankedApplication::rank)
                        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, rows.size()).boxed().toList());
                var places = rows.stream().filter(r -> r.place() != null).sorted(
                        java.util.Comparator.comparingInt(RankedApplication::rank)).map(RankedApplication::place).toList();
                assertThat(places).containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, places.size()).boxed().toList());
                assertThat(places.size()).isLessThanOrEqualTo(rules.placesPerDirection());
            }
            if (rules.grantPolicy() == GrantPolicy.PLACE_WINNERS) {
                long winners = result.stream().filter(r -> r.place() != null).count();
                if (winners <= rules.grantCount()) {
                    assertThat(result).filteredOn(r -> r.place() != null).allMatch(RankedApplication::grant);
                }
            }
        }
    }

    @Test
    void the_jurors_page_and_the_ranking_compute_the_same_total() {
        var random = new Random(7);
        var name = new kz.urpaq.base.domain.LocalizedText("к", "к", "c");
        for (int round = 0; round < 500; round++) {
            var weights = new int[]{25, 20, 20, 20, 15};
            var criteria = new ArrayList<Criterion>();
            var views = new ArrayList<kz.urpaq.competition.CompetitionOverview.CriterionView>();
            var byCode = new HashMap<String, Integer>();
            var byId = new HashMap<Long, Integer>();
            for (int c = 0; c < weights.length; c++) {
                int max = 3 + random.nextInt(18);
                int score = random.nextInt(max + 1);
                criteria.add(new Criterion("c" + c, weights[c], max, null));
                views.add(new kz.urpaq.competition.CompetitionOverview.CriterionView(c, "c" + c, name, name,
                        weights[c], max));
                byCode.put("c" + c, score);
                byId.put((long) c, score);
            }
            assertThat(kz.urpaq.review.WeightedTotal.of(views, byId))
                    .isEqualTo(ResultCalculator.total(criteria, byCode));
        }
    }
}
