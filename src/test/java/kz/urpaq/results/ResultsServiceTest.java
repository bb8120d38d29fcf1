package kz.urpaq.results;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.competition.CompetitionRefusedException;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.RankedApplication.Rule;
import kz.urpaq.results.ResultsRefusedException.Reason;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
class ResultsServiceTest {

    @Autowired
    ResultsService service;

    @Autowired
    CompetitionSetupService setupService;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ResultsTestData data;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void tearDown() {
        accounts.signOut();
    }

    /** Every application of direction 0 reviewed by all three jurors except the last one, reviewed by one. */
    private List<ScoringInput.Sheet> score(ReviewFixture.Setup setup, boolean leaveLastIncomplete) {
        var jurors = List.of(data.juror(setup, 0), data.juror(setup, 0), data.juror(setup, 0));
        var sheets = new ArrayList<ScoringInput.Sheet>();
        var applications = setup.panel(0).applications();
        for (int a = 0; a < applications.size(); a++) {
            long application = applications.get(a);
            int reviewers = leaveLastIncomplete && a == applications.size() - 1 ? 1 : jurors.size();
            for (int j = 0; j < reviewers; j++) {
                int base = 9 - a - (j == 2 ? 2 : 0);
                var scores = data.submit(jurors.get(j), application, base, Math.max(0, base - 1), 7, 6 + j % 2, 5);
                sheets.add(new ScoringInput.Sheet(application, jurors.get(j).id(), scores));
            }
        }
        return sheets;
    }

    @Test
    void the_ranking_is_the_calculators_on_the_same_data_and_incomplete_reviews_are_reported() {
        var setup = fixture.build(new int[]{3, 1}, new int[]{0, 0}, 10);
        var sheets = score(setup, true);
        accounts.signInAs(ResultsTestData.ADMIN);

        var input = service.input(setup.id());
        assertThat(input.sheets()).containsExactlyInAnyOrderElementsOf(sheets);
        assertThat(input.entries()).extracting(ScoringInput.Entry::applicationId).containsExactlyInAnyOrderElementsOf(
                List.of(setup.panel(0).applications().get(0), setup.panel(0).applications().get(1),
                        setup.panel(0).applications().get(2), setup.panel(1).applications().get(0)));
        var expected = ResultCalculator.compute(new ScoringInput(input.rules(), input.entries().reversed(),
                sheets.reversed()));

        var results = service.results(setup.id());
        assertThat(results.rows()).extracting(CompetitionResults.Row::computed).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(results.directions()).hasSize(2);
        assertThat(results.directions().getFirst().rows()).extracting(r -> r.computed().rank()).containsExactly(1, 2, 3);
        long incomplete = setup.panel(0).applications().get(2);
        assertThat(results.rows()).filteredOn(r -> r.computed().applicationId() == incomplete).singleElement()
                .satisfies(r -> {
                    assertThat(r.computed().fullyReviewed()).isFalse();
                    assertThat(r.computed().decisions()).extracting(RankedApplication.Decision::rule)
                            .contains(Rule.NOT_FULLY_REVIEWED);
                    assertThat(r.finalPlace()).isNull();
                });
        assertThat(results.fullyReviewed()).isFalse();
        assertThat(results.directions().getFirst().rows().getFirst().finalPlace()).isEqualTo(1);

        assertThatThrownBy(() -> service.finalise(setup.id())).isInstanceOfSatisfying(ResultsRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PHASE));
        setupService.moveTo(setup.id(), Phase.DELIBERATION);
        assertThatThrownBy(() -> service.finalise(setup.id())).isInstanceOfSatisfying(ResultsRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.NOT_FULLY_REVIEWED));
        assertThatThrownBy(() -> setupService.moveTo(setup.id(), Phase.ANNOUNCED))
                .isInstanceOfSatisfying(CompetitionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("results.refused.not-finalised"));
    }

    @Test
    void overrides_need_a_reason_keep_the_computed_result_and_finalising_freezes_everything() {
        var setup = fixture.build(new int[]{3}, new int[]{0}, 10);
        score(setup, false);
        long second = setup.panel(0).applications().get(1);
        long third = setup.panel(0).applications().get(2);
        accounts.signInAs(ResultsTestData.ADMIN);
        setupService.moveTo(setup.id(), Phase.DELIBERATION);

        assertThatThrownBy(() -> service.override(setup.id(), third, 1, true, "  "))
                .isInstanceOfSatisfying(ResultsRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REASON_REQUIRED));
        service.override(setup.id(), third, 2, true, "Қазылар алқасының шешімі");
        service.override(setup.id(), second, 3, true, "Қазылар алқасының шешімі");
        service.override(setup.id(), third, 2, false, "Бюджет жеткіліксіз");
        assertThat(fixture.auditRows(setup.id(), AuditAction.RESULT_OVERRIDDEN.name())).isEqualTo(3);

        var results = service.results(setup.id());
        var row = results.rows().stream().filter(r -> r.computed().applicationId() == third).findFirst().orElseThrow();
        assertThat(row.computed().place()).isEqualTo(3);
        assertThat(row.finalPlace()).isEqualTo(2);
        assertThat(row.finalGrant()).isFalse();
        assertThat(row.overridden()).isTrue();
        assertThat(results.overrides()).hasSize(3).first().satisfies(o -> {
            assertThat(o.from()).isEqualTo("3");
            assertThat(o.to()).isEqualTo("2");
        });

        var hash = service.finalise(setup.id());
        var finalised = service.results(setup.id());
        assertThat(finalised.snapshot()).isNotNull();
        assertThat(finalised.snapshot().sha256()).isEqualTo(hash).hasSize(64);
        assertThat(ResultsService.sha256(finalised.snapshot().export())).isEqualTo(hash);
        assertThat(finalised.snapshot().export()).isEqualTo(ResultsService.canonicalExport(finalised))
                .startsWith("competition," + setup.id() + "\nmethod,")
                .contains("," + third + ",").endsWith("\n");
        assertThat(fixture.auditRows(setup.id(), AuditAction.RESULTS_FINALISED.name())).isEqualTo(1);

        assertThatThrownBy(() -> service.override(setup.id(), third, 2, true, "Тағы да"))
                .isInstanceOfSatisfying(ResultsRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.FINALISED));
        assertThatThrownBy(() -> service.finalise(setup.id())).isInstanceOfSatisfying(ResultsRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.FINALISED));
        assertThat(setupService.moveTo(setup.id(), Phase.ANNOUNCED).phase()).isEqualTo(Phase.ANNOUNCED);
    }

    private CompetitionResults.Row row(ReviewFixture.Setup setup, long application) {
        return service.results(setup.id()).rows().stream()
                .filter(r -> r.computed().applicationId() == application).findFirst().orElseThrow();
    }

    @Test
    void one_override_changes_place_and_grant_together_with_an_audited_record_for_each() {
        var setup = fixture.build(new int[]{3}, new int[]{0}, 10);
        score(setup, false);
        long third = setup.panel(0).applications().get(2);
        accounts.signInAs(ResultsTestData.ADMIN);
        setupService.moveTo(setup.id(), Phase.DELIBERATION);

        service.override(setup.id(), third, 1, false, "Қазылар алқасының шешімі");

        assertThat(row(setup, third).finalPlace()).isEqualTo(1);
        assertThat(row(setup, third).finalGrant()).isFalse();
        assertThat(service.results(setup.id()).overrides())
                .extracting(CompetitionResults.Override::field, CompetitionResults.Override::from,
                        CompetitionResults.Override::to, CompetitionResults.Override::reason)
                .containsExactly(tuple("PLACE", "3", "1", "Қазылар алқасының шешімі"),
                        tuple("GRANT", "true", "false", "Қазылар алқасының шешімі"));
        assertThat(fixture.auditRows(setup.id(), AuditAction.RESULT_OVERRIDDEN.name())).isEqualTo(2);
    }

    @Test
    void an_override_refused_for_its_place_leaves_its_grant_unchanged_too() {
        var setup = fixture.build(new int[]{3}, new int[]{0}, 10);
        score(setup, false);
        long third = setup.panel(0).applications().get(2);
        accounts.signInAs(ResultsTestData.ADMIN);
        setupService.moveTo(setup.id(), Phase.DELIBERATION);

        assertThatThrownBy(() -> service.override(setup.id(), third, 4, false, "Бюджет жеткіліксіз"))
                .isInstanceOfSatisfying(ResultsRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_PLACE));

        assertThat(row(setup, third).finalPlace()).isEqualTo(3);
        assertThat(row(setup, third).finalGrant()).isTrue();
        assertThat(service.results(setup.id()).overrides()).isEmpty();
        assertThat(fixture.auditRows(setup.id(), AuditAction.RESULT_OVERRIDDEN.name())).isZero();
    }

    @Test
    void only_administrators_read_or_change_results() {
        var setup = fixture.build(new int[]{1}, new int[]{0}, 10);
        accounts.signInAs(fixture.jurorEmail());
        assertThatThrownBy(() -> service.results(setup.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.finalise(setup.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.override(setup.id(), setup.panel(0).applications().getFirst(), 1, true, "x"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
