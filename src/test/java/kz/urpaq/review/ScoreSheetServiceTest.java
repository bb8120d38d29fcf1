package kz.urpaq.review;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.review.ScoreSheetRefusedException.Reason;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ScoreSheetServiceTest {

    @Autowired
    ScoreSheetService service;

    @Autowired
    AssignmentService assignmentService;

    @Autowired
    JuryPanelService panelService;

    @Autowired
    ReviewAssignmentRepository assignments;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        accounts.signOut();
    }

    /** A juror on the fixture's panel with the given applications assigned, and their assignment ids. */
    record Juror(String email, long id, List<Long> assignments) {
    }

    private Juror juror(ReviewFixture.Setup setup, List<Long> applications) {
        var email = fixture.jurorEmail();
        long id = fixture.accountId(email);
        var held = new ArrayList<Long>();
        SystemTask.run(() -> panelService.addMember(setup.id(), setup.panel(0).directionId(), id, 20));
        for (var application : applications) {
            held.add(SystemTask.run(() -> assignmentService.add(application, id)).assignmentId());
        }
        return new Juror(email, id, held);
    }

    private static ScoreDraft draft(ScoreSheetView sheet, Integer... scores) {
        var entries = new ArrayList<ScoreEntry>();
        for (int i = 0; i < scores.length; i++) {
            entries.add(new ScoreEntry(sheet.criteria().get(i).id(), scores[i], "Пікір " + i));
        }
        return new ScoreDraft(sheet.version(), entries, "Ұйымдастырушыларға", "Өтініш берушіге");
    }

    @Test
    void a_juror_drafts_then_submits_and_the_sheet_becomes_read_only() {
        var setup = fixture.build(new int[]{2}, new int[]{0}, 10);
        var juror = juror(setup, setup.panel(0).applications());
        long assignmentId = juror.assignments().getFirst();
        accounts.signInAs(juror.email());

        var empty = service.sheet(assignmentId);
        assertThat(empty.version()).isEqualTo(ScoreSheetView.NO_SHEET);
        assertThat(empty.editable()).isTrue();
        assertThat(empty.criteria()).hasSize(5);

        var drafted = service.saveDraft(assignmentId, draft(empty, 8, 6, null, null, null));
        assertThat(drafted.state()).isEqualTo(AssignmentState.DRAFT);
        assertThat(drafted.total()).isEqualByComparingTo("32");
        assertThat(service.mine()).extracting(MyAssignment::assignmentId).containsExactlyElementsOf(juror.assignments());
        assertThat(service.nextUnfinished(assignmentId)).contains(juror.assignments().get(1));

        assertThatThrownBy(() -> service.submit(assignmentId, draft(drafted, 8, 6, null, 9, 5)))
                .isInstanceOfSatisfying(ScoreSheetRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SCORE_MISSING));
        assertThatThrownBy(() -> service.saveDraft(assignmentId, draft(drafted, 8, 6, 11, 9, 5)))
                .isInstanceOfSatisfying(ScoreSheetRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SCORE_OUT_OF_RANGE));
        assertThatThrownBy(() -> service.saveDraft(assignmentId, draft(drafted, 8, 6, -1, 9, 5)))
                .isInstanceOfSatisfying(ScoreSheetRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SCORE_OUT_OF_RANGE));

        var submitted = service.submit(assignmentId, draft(service.sheet(assignmentId), 8, 6, 7, 9, 5));
        assertThat(submitted.state()).isEqualTo(AssignmentState.SUBMITTED);
        assertThat(submitted.total()).isEqualByComparingTo("71.5");
        assertThat(submitted.editable()).isFalse();
        assertThat(fixture.auditRows(setup.id(), AuditAction.SCORE_SUBMITTED.name())).isEqualTo(1);
        assertThatThrownBy(() -> service.saveDraft(assignmentId, draft(submitted, 1, 1, 1, 1, 1)))
                .isInstanceOfSatisfying(ScoreSheetRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SUBMITTED));
        assertThat(service.nextUnfinished(assignmentId)).contains(juror.assignments().get(1));
    }

    @Test
    void two_tabs_saving_the_same_version_lose_nothing_silently() {
        var setup = fixture.build(new int[]{1}, new int[]{0}, 10);
        var juror = juror(setup, setup.panel(0).applications());
        long assignmentId = juror.assignments().getFirst();
        accounts.signInAs(juror.email());
        var first = service.saveDraft(assignmentId, draft(service.sheet(assignmentId), 5));

        var tabA = service.sheet(assignmentId);
        var tabB = service.sheet(assignmentId);
        var saved = service.saveDraft(assignmentId, draft(tabA, 9));
        assertThat(saved.version()).isGreaterThan(first.version());

        assertThatThrownBy(() -> service.saveDraft(assignmentId, draft(tabB, 2)))
                .isInstanceOfSatisfying(ScoreSheetRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.STALE));
        assertThatThrownBy(() -> service.submit(assignmentId, draft(tabB, 2, 2, 2, 2, 2)))
                .isInstanceOfSatisfying(ScoreSheetRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.STALE));
        assertThat(service.sheet(assignmentId).scores()).containsEntry(tabA.criteria().getFirst().id(), 9);

        // A second tab that never saw the first save may not create the sheet again either.
        var blank = new ScoreDraft(ScoreSheetView.NO_SHEET, List.of(), "", "");
        assertThatThrownBy(() -> service.saveDraft(assignmentId, blank))
                .isInstanceOfSatisfying(ScoreSheetRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.STALE));
    }

    @Test
    void nothing_changes_after_the_review_deadline() {
        var setup = fixture.build(new int[]{1}, new int[]{0}, 10);
        var juror = juror(setup, setup.panel(0).applications());
        long assignmentId = juror.assignments().getFirst();
        accounts.signInAs(juror.email());
        var sheet = service.saveDraft(assignmentId, draft(service.sheet(assignmentId), 5));

        clock.set(ReviewFixture.REVIEW_DEADLINE);
        assertThat(service.sheet(assignmentId).editable()).isFalse();
        assertThatThrownBy(() -> service.saveDraft(assignmentId, draft(sheet, 6)))
                .isInstanceOfSatisfying(ScoreSheetRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DEADLINE_PASSED));
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> service.submit(assignmentId, draft(sheet, 6, 6, 6, 6, 6)))
                .isInstanceOfSatisfying(ScoreSheetRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DEADLINE_PASSED));
    }

    @Test
    void refusals_other_jurors_conflicts_other_phases_and_applicants() {
        var setup = fixture.build(new int[]{2}, new int[]{0}, 10);
        var apps = setup.panel(0).applications();
        var me = juror(setup, apps);
        var other = juror(setup, List.of(apps.getFirst()));

        accounts.signInAs(me.email());
        assertThatThrownBy(() -> service.sheet(other.assignments().getFirst()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.saveDraft(other.assignments().getFirst(),
                new ScoreDraft(ScoreSheetView.NO_SHEET, List.of(), "", ""))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.reopen(me.assignments().getFirst(), "Себеп"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.scores(apps.getFirst())).isInstanceOf(AccessDeniedException.class);

        assignmentService.declareConflict(me.assignments().getFirst(), "Автор менің туысым");
        assertThatThrownBy(() -> service.sheet(me.assignments().getFirst()))
                .isInstanceOfSatisfying(ScoreSheetRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DECLINED));
        assertThatThrownBy(() -> service.saveDraft(me.assignments().getFirst(),
                new ScoreDraft(ScoreSheetView.NO_SHEET, List.of(), "", "")))
                .isInstanceOfSatisfying(ScoreSheetRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DECLINED));
        assertThat(service.mine()).extracting(MyAssignment::assignmentId).containsExactly(me.assignments().get(1));

        jdbc.update("update competition set phase = 'DELIBERATION' where id = ?", setup.id());
        assertThatThrownBy(() -> service.sheet(me.assignments().get(1)))
                .isInstanceOfSatisfying(ScoreSheetRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PHASE));
        assertThat(service.mine()).isEmpty();
        accounts.signOut();

        accounts.signInAs(accounts.newApplicant());
        assertThatThrownBy(() -> service.sheet(me.assignments().get(1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(service::mine).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_reopens_with_a_reason_and_sees_the_spread() {
        var setup = fixture.build(new int[]{1}, new int[]{0}, 10);
        long application = setup.panel(0).applications().getFirst();
        var high = juror(setup, List.of(application));
        var low = juror(setup, List.of(application));
        accounts.signInAs(high.email());
        long highSheet = high.assignments().getFirst();
        service.submit(highSheet, draft(service.sheet(highSheet), 10, 10, 10, 10, 10));
        accounts.signOut();
        accounts.signInAs(low.email());
        long lowSheet = low.assignments().getFirst();
        service.submit(lowSheet, draft(service.sheet(lowSheet), 4, 4, 4, 4, 4));
        accounts.signOut();

        var scores = SystemTask.run(() -> service.scores(application)).orElseThrow();
        assertThat(scores.submitted()).isEqualTo(2);
        assertThat(scores.mean()).isEqualByComparingTo("70");
        assertThat(scores.spread()).isEqualByComparingTo("30");
        assertThat(scores.varianceFlag()).isTrue();
        assertThat(scores.sheets()).extracting(ApplicationScores.Sheet::commentToOrganisers)
                .containsOnly("Ұйымдастырушыларға");

        assertThatThrownBy(() -> SystemTask.run(() -> service.reopen(lowSheet, " ")))
                .isInstanceOfSatisfying(ScoreSheetRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REASON_REQUIRED));
        SystemTask.run(() -> service.reopen(lowSheet, "Қате енгізілген"));
        assertThat(fixture.auditRows(setup.id(), AuditAction.SCORE_REOPENED.name())).isEqualTo(1);
        assertThat(assignments.findById(lowSheet)).get().extracting(ReviewAssignment::getState)
                .isEqualTo(AssignmentState.DRAFT);
        assertThat(SystemTask.run(() -> service.scores(application)).orElseThrow().varianceFlag()).isFalse();

        accounts.signInAs(low.email());
        var reopened = service.sheet(lowSheet);
        assertThat(reopened.editable()).isTrue();
        assertThat(service.submit(lowSheet, draft(reopened, 9, 9, 9, 9, 9)).total()).isEqualByComparingTo("90");
    }

    /**
     * The one-column copy of a sheet's scores that the results page ranks from (V170, decision
     * 034): written on submitting, gone on reopening, written again with the new scores on
     * resubmitting, and never on a draft.
     */
    @Test
    void the_stored_scores_follow_submitting_reopening_and_resubmitting() {
        var setup = fixture.build(new int[]{1}, new int[]{0}, 10);
        long application = setup.panel(0).applications().getFirst();
        var juror = juror(setup, List.of(application));
        long sheetId = juror.assignments().getFirst();
        accounts.signInAs(juror.email());
        var sheet = service.sheet(sheetId);
        var ids = sheet.criteria().stream().map(c -> c.id()).sorted().toList();
        service.saveDraft(sheetId, draft(sheet, 7, 6, 5, 4, 3));
        assertThat(stored(sheetId)).isNull();

        service.submit(sheetId, draft(service.sheet(sheetId), 7, 6, 5, 4, 3));
        var byId = new java.util.HashMap<Long, Integer>();
        for (int i = 0; i < sheet.criteria().size(); i++) {
            byId.put(sheet.criteria().get(i).id(), 7 - i);
        }
        assertThat(stored(sheetId)).isEqualTo(pairs(ids, byId));
        accounts.signOut();

        SystemTask.run(() -> service.reopen(sheetId, "Қате енгізілген"));
        assertThat(stored(sheetId)).isNull();

        accounts.signInAs(juror.email());
        service.submit(sheetId, draft(service.sheet(sheetId), 10, 0, 10, 0, 10));
        for (int i = 0; i < sheet.criteria().size(); i++) {
            byId.put(sheet.criteria().get(i).id(), i % 2 == 0 ? 10 : 0);
        }
        assertThat(stored(sheetId)).isEqualTo(pairs(ids, byId));
    }

    private String stored(long assignmentId) {
        return jdbc.queryForObject("select submitted_scores from score_sheet where assignment_id = ?", String.class,
                assignmentId);
    }

    private static String pairs(List<Long> ids, java.util.Map<Long, Integer> scores) {
        return String.join(",", ids.stream().map(id -> id + ":" + scores.get(id)).toList());
    }
}
