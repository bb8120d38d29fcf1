package kz.urpaq.results;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionOverview.CriterionView;
import kz.urpaq.competition.CompetitionSpec.CriterionSpec;
import kz.urpaq.review.AssignmentService;
import kz.urpaq.review.AssignmentState;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.review.ScoreDraft;
import kz.urpaq.review.ScoreEntry;
import kz.urpaq.review.ScoreSheetService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review room's scores page ({@link ScoreSheetService#scores}) and the ranking
 * ({@link ResultsService#results}) show one application's mean, spread and variance flag: they
 * must never disagree, whatever the criteria, the threshold and the state of the sheets.
 */
@SpringBootTest
class ScoresPageAgreementTest {

    @Autowired
    ResultsService results;

    @Autowired
    ScoreSheetService sheets;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ResultsTestData data;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        accounts.signOut();
    }

    private static List<CriterionSpec> criteria(int[] weights, int[] scales) {
        var criteria = new ArrayList<CriterionSpec>();
        for (int c = 0; c < weights.length; c++) {
            var name = new LocalizedText("Өлшем " + c, "Критерий " + c, "Criterion " + c);
            criteria.add(new CriterionSpec("c" + c, name, name, weights[c], scales[c], null));
        }
        return criteria;
    }

    @Test
    void a_spread_just_above_the_threshold_is_flagged_on_the_scores_page_as_in_the_ranking() {
        var setup = fixture.build(new int[]{1}, new int[]{0}, 10,
                criteria(new int[]{25, 20, 20, 20, 15}, new int[]{3, 10, 9, 10, 9}));
        long application = setup.panel(0).applications().getFirst();
        // Totals 640/9 = 71.11…, 391/9 = 43.44… and 109/3 = 36.33…: the population standard deviation
        // is 15.00187…, above the default threshold of 15. The totals rounded to 71.11, 43.44, 36.33 give
        // 15.00307…, which rounded again to 15.00 is not above it.
        data.submit(data.juror(setup, 0), application, 2, 7, 5, 8, 8);
        data.submit(data.juror(setup, 0), application, 2, 2, 2, 5, 5);
        data.submit(data.juror(setup, 0), application, 2, 2, 3, 2, 3);
        accounts.signInAs(ResultsTestData.ADMIN);

        var ranked = results.results(setup.id()).rows().getFirst().computed();
        var page = sheets.scores(application).orElseThrow();

        assertThat(ranked.spread()).isEqualByComparingTo("15.0019");
        assertThat(ranked.varianceFlag()).isTrue();
        assertThat(page.varianceThreshold()).isEqualByComparingTo("15");
        assertThat(page.varianceFlag()).as("the scores page's flag").isTrue();
        assertThat(ResultCalculator.round(page.spread())).isEqualTo(ranked.spread());
        assertThat(ResultCalculator.round(page.mean())).isEqualTo(ranked.mean());
    }

    /** What a juror leaves on an application: no sheet, a partial draft, a submitted sheet, and so on. */
    private enum Outcome { NEW, PARTIAL_DRAFT, SUBMITTED, REOPENED, DECLINED_AFTER_A_DRAFT }

    @Test
    void the_scores_page_and_the_ranking_agree_on_every_application_of_generated_competitions() {
        var flags = new ArrayList<Boolean>();
        var states = EnumSet.noneOf(AssignmentState.class);
        for (int run = 0; run < 6; run++) {
            long seed = 8_000 + run;
            var random = new Random(seed);
            int criteriaCount = 1 + random.nextInt(6);
            var weights = weightsSummingTo100(random, criteriaCount);
            var scales = new int[criteriaCount];
            for (int c = 0; c < criteriaCount; c++) {
                scales[c] = 1 + random.nextInt(random.nextBoolean() ? 10 : 100);
            }
            var directions = 1 + random.nextInt(2);
            var counts = new int[directions];
            for (int d = 0; d < directions; d++) {
                counts[d] = 1 + random.nextInt(3);
            }
            var setup = fixture.build(counts, new int[directions], 10, criteria(weights, scales));
            var threshold = BigDecimal.valueOf(random.nextInt(2_500), 2);
            jdbc.update("update competition set variance_threshold = ? where id = ?", threshold, setup.id());

            for (int d = 0; d < directions; d++) {
                var jurors = new ArrayList<ResultsTestData.Juror>();
                for (int j = 0; j < 5; j++) {
                    jurors.add(data.juror(setup, d));
                }
                for (long application : setup.panel(d).applications()) {
                    Collections.shuffle(jurors, random);
                    int reviewers = 1 + random.nextInt(jurors.size());
                    for (var juror : jurors.subList(0, reviewers)) {
                        // Half the sheets submitted, so that most applications have a spread to flag or not.
                        var outcome = random.nextBoolean() ? Outcome.SUBMITTED
                                : Outcome.values()[random.nextInt(Outcome.values().length)];
                        leave(outcome, juror, application, scales, random);
                    }
                }
            }

            accounts.signInAs(ResultsTestData.ADMIN);
            var ranking = results.results(setup.id()).rows().stream().map(CompetitionResults.Row::computed)
                    .collect(Collectors.toMap(RankedApplication::applicationId, Function.identity()));
            for (var panel : setup.panels()) {
                for (long application : panel.applications()) {
                    var ranked = ranking.get(application);
                    var page = sheets.scores(application).orElseThrow();
                    var what = "seed " + seed + ", application " + application + ", threshold " + threshold;
                    assertThat(page.submitted()).as(what).isEqualTo(ranked.reviews());
                    assertThat(ResultCalculator.round(page.mean())).as(what)
                            .isEqualTo(ranked.mean());
                    assertThat(ResultCalculator.round(page.spread())).as(what)
                            .isEqualTo(ranked.spread());
                    assertThat(page.varianceThreshold()).as(what).isEqualByComparingTo(threshold);
                    assertThat(page.varianceFlag()).as(what).isEqualTo(ranked.varianceFlag());
                    if (page.submitted() >= 2) {
                        flags.add(page.varianceFlag());
                    }
                    page.sheets().forEach(sheet -> states.add(sheet.state()));
                }
            }
            accounts.signOut();
        }
        // The generated competitions reach both sides of the threshold and every state a sheet can
        // be in (an assignment still NEW has no sheet yet: the page lists none, the ranking counts none).
        assertThat(flags).contains(true, false);
        assertThat(states).containsExactlyInAnyOrder(AssignmentState.DRAFT, AssignmentState.SUBMITTED,
                AssignmentState.DECLINED);
    }

    private static int[] weightsSummingTo100(Random random, int count) {
        var weights = new int[count];
        int left = 100;
        for (int c = 0; c < count - 1; c++) {
            weights[c] = 1 + random.nextInt(left - (count - 1 - c));
            left -= weights[c];
        }
        weights[count - 1] = left;
        return weights;
    }

    private void leave(Outcome outcome, ResultsTestData.Juror juror, long application, int[] scales, Random random) {
        if (outcome == Outcome.SUBMITTED) {
            data.submit(juror, application, full(scales, random));
            return;
        }
        long assignment = SystemTask.run(() -> assignments.add(application, juror.id())).assignmentId();
        if (outcome == Outcome.NEW) {
            return;
        }
        accounts.signInAs(juror.email());
        try {
            var sheet = sheets.sheet(assignment);
            var partial = partial(scales, random);
            var saved = sheets.saveDraft(assignment, draft(sheet.criteria(), sheet.version(), partial));
            switch (outcome) {
                case REOPENED -> {
                    sheets.submit(assignment, draft(sheet.criteria(), saved.version(),
                            Arrays.stream(full(scales, random)).boxed().toArray(Integer[]::new)));
                    SystemTask.run(() -> sheets.reopen(assignment, "Қайта қарау"));
                }
                case DECLINED_AFTER_A_DRAFT -> assignments.declareConflict(assignment, "Мүдделер қақтығысы");
                default -> {
                }
            }
        } finally {
            accounts.signOut();
        }
    }

    private static int[] full(int[] scales, Random random) {
        var scores = new int[scales.length];
        for (int c = 0; c < scales.length; c++) {
            scores[c] = random.nextInt(scales[c] + 1);
        }
        return scores;
    }

    /** A draft's scores: some criteria left empty. */
    private static @Nullable Integer[] partial(int[] scales, Random random) {
        var scores = new @Nullable Integer[scales.length];
        for (int c = 0; c < scales.length; c++) {
            scores[c] = random.nextBoolean() ? null : random.nextInt(scales[c] + 1);
        }
        return scores;
    }

    private static ScoreDraft draft(List<CriterionView> criteria,
                                    long version, @Nullable Integer[] scores) {
        var entries = new ArrayList<ScoreEntry>();
        for (int c = 0; c < scores.length; c++) {
            entries.add(new ScoreEntry(criteria.get(c).id(), scores[c], ""));
        }
        return new ScoreDraft(version, entries, "", "");
    }
}
