package kz.urpaq.results;

import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.review.SubmittedScores;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The results warm-up (docs/decisions/036-results-warm-up.md): what it keeps is what the first
 * results call then serves, with the rows a computation without it gives; it keeps nothing before
 * the scores are frozen, and a competition it cannot rank does not stop the others. The tests'
 * context has it switched off, so these tests call it themselves.
 */
@SpringBootTest
class ResultsWarmUpTest {

    @Autowired
    ResultsService service;

    @Autowired
    ResultsWarmUp warmUp;

    @Autowired
    CompetitionSetupService setupService;

    @Autowired
    SubmittedScores scores;

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

    /** Three applications of one direction, each scored by three jurors, the first best. */
    private ReviewFixture.Setup scored() {
        var setup = fixture.build(new int[]{3}, new int[]{0}, 10);
        var jurors = List.of(data.juror(setup, 0), data.juror(setup, 0), data.juror(setup, 0));
        var applications = setup.panel(0).applications();
        for (int a = 0; a < applications.size(); a++) {
            for (int j = 0; j < jurors.size(); j++) {
                int base = 9 - 2 * a;
                data.submit(jurors.get(j), applications.get(a), base, base, 7, 6 + j % 2, 5);
            }
        }
        return setup;
    }

    @Test
    void the_warm_up_keeps_the_ranking_that_the_first_results_call_then_serves() {
        var setup = scored();
        long best = setup.panel(0).applications().getFirst();
        accounts.signInAs(ResultsTestData.ADMIN);
        setupService.moveTo(setup.id(), Phase.DELIBERATION);
        var input = service.input(setup.id());
        var expected = ResultCalculator.compute(input);
        assertThat(service.keeps(setup.id())).isFalse();

        var run = warmUp.warmUp(List.of(setup.id()));

        assertThat(run.ranked()).containsExactly(setup.id());
        assertThat(run.failed()).isEmpty();
        assertThat(service.keeps(setup.id())).isTrue();
        // Behind the services' back, the best application's stored scores become zeros: a ranking computed
        // now from the stored scores would put it last, so a first call that shows it first used the kept one.
        jdbc.queryForList("select id, submitted_scores from score_sheet where application_id = ?", best)
                .forEach(row -> jdbc.update("update score_sheet set submitted_scores = ? where id = ?",
                        ((String) row.get("submitted_scores")).replaceAll(":\\d+", ":0"), row.get("id")));
        var stored = scores.submittedAsStored(setup.id()).stream()
                .map(s -> new ScoringInput.Sheet(s.applicationId(), s.jurorId(), s.scores())).toList();
        assertThat(ResultCalculator.compute(new ScoringInput(input.rules(), input.entries(), stored)))
                .filteredOn(r -> r.applicationId() == best).singleElement()
                .satisfies(r -> assertThat(r.rank()).isEqualTo(3));

        var first = service.results(setup.id());

        assertThat(first.rows()).extracting(CompetitionResults.Row::computed).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(first.rows()).filteredOn(r -> r.computed().applicationId() == best).singleElement()
                .satisfies(r -> assertThat(r.computed().rank()).isEqualTo(1));
    }

    @Test
    void the_warm_up_keeps_nothing_before_deliberation_and_a_competition_it_cannot_rank_does_not_stop_the_next() {
        var reviewing = scored();
        var deliberating = scored();
        accounts.signInAs(ResultsTestData.ADMIN);
        setupService.moveTo(deliberating.id(), Phase.DELIBERATION);
        long missing = Long.MAX_VALUE;

        var run = warmUp.warmUp(List.of(reviewing.id(), missing, deliberating.id()));

        assertThat(run.ranked()).containsExactly(reviewing.id(), deliberating.id());
        assertThat(run.failed()).containsExactly(missing);
        assertThat(service.keeps(reviewing.id())).isFalse();
        assertThat(service.keeps(deliberating.id())).isTrue();
        assertThat(service.results(deliberating.id()).rows()).extracting(CompetitionResults.Row::computed)
                .containsExactlyInAnyOrderElementsOf(ResultCalculator.compute(service.input(deliberating.id())));
    }

    @Test
    void at_start_up_it_picks_the_newest_competitions_in_deliberation_or_preliminary_and_in_tests_it_does_not_run()
            throws Exception {
        var setup = scored();
        accounts.signInAs(ResultsTestData.ADMIN);
        setupService.moveTo(setup.id(), Phase.DELIBERATION);

        var candidates = warmUp.candidates();

        assertThat(candidates).hasSizeLessThanOrEqualTo(ResultsService.FROZEN_KEPT).isNotEmpty();
        var phases = candidates.stream().collect(Collectors.toMap(id -> id, id -> setupService.overview(id).phase()));
        assertThat(phases.values()).allMatch(p -> p == Phase.DELIBERATION || p == Phase.PRELIMINARY);
        assertThat(candidates.stream().map(id -> setupService.overview(id).submissionDeadline()).toList())
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.<java.time.Instant>naturalOrder()).reversed());
        assertThat(warmUp.startUp().get(10, TimeUnit.SECONDS)).isEqualTo(new ResultsWarmUp.Run(List.of(), List.of(), 0, 0));
    }
}
