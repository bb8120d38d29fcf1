package kz.urpaq.review;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.competition.Phase;
import kz.urpaq.review.AssignmentRefusedException.Reason;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.ApplicationStatus;
import kz.urpaq.submission.EligibleApplications;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class AssignmentServiceTest {

    private static final int K = 3;

    @Autowired
    AssignmentService assignmentService;

    @Autowired
    JuryPanelService panelService;

    @Autowired
    ReviewAssignmentRepository assignments;

    @Autowired
    ReviewConflictRepository conflicts;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    EligibleApplications testApplications;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AuditService auditService;

    @Autowired
    MutableClock clock;

    @AfterEach
    void tearDown() {
        accounts.signOut();
    }

    private static <T> T asSystem(Supplier<T> task) {
        return SystemTask.run(task);
    }

    private List<ReviewAssignment> held(long competitionId) {
        return assignments.findByCompetitionIdOrderByIdAsc(competitionId);
    }

    private Map<Long, Set<Long>> reviewersByApplication(long competitionId) {
        var reviewers = new HashMap<Long, Set<Long>>();
        held(competitionId).stream().filter(a -> a.getState().isActive())
                .forEach(a -> reviewers.computeIfAbsent(a.getApplicationId(), x -> new HashSet<>()).add(a.getJurorId()));
        return reviewers;
    }

    private Map<Long, Long> loads(long competitionId, ReviewFixture.Panel panel) {
        var loads = new HashMap<Long, Long>();
        panel.jurors().forEach(j -> loads.put(j, 0L));
        held(competitionId).stream().filter(a -> a.getDirectionId() == panel.directionId() && a.getState().isActive())
                .forEach(a -> loads.merge(a.getJurorId(), 1L, Long::sum));
        return loads;
    }

    @Test
    void a_full_run_gives_every_eligible_application_k_reviewers_of_its_panel_within_caps_and_balanced() {
        var setup = fixture.build(new int[]{150, 120, 90}, new int[]{12, 9, 7}, 45);

        var report = asSystem(() -> assignmentService.run(setup.id()));

        assertThat(report.applied()).isTrue();
        assertThat(report.missingReviews()).isZero();
        assertThat(report.added()).isEqualTo((150 + 120 + 90) * K);
        assertThat(report.directions()).extracting(AssignmentReport.Direction::added).containsExactly(450, 360, 270);
        var reviewers = reviewersByApplication(setup.id());
        for (var panel : setup.panels()) {
            assertThat(panel.applications()).allSatisfy(application -> assertThat(reviewers.get(application))
                    .hasSize(K).isSubsetOf(panel.jurors()));
            var loads = loads(setup.id(), panel).values();
            assertThat(Collections.max(loads)).isLessThanOrEqualTo(45);
            assertThat(Collections.max(loads) - Collections.min(loads)).isLessThanOrEqualTo(1);
        }
        assertThat(fixture.auditRows(setup.id(), AuditAction.REVIEWER_ASSIGNED.name())).isEqualTo(report.added());
        assertThat(asSystem(() -> assignmentService.run(setup.id())).added()).as("a second run has nothing to do")
                .isZero();
    }

    @Test
    void binding_caps_are_never_exceeded_and_the_shortfall_is_reported_per_direction() {
        var setup = fixture.build(new int[]{30, 12}, new int[]{4, 2}, 20);

        var preview = asSystem(() -> assignmentService.preview(setup.id()));
        var report = asSystem(() -> assignmentService.run(setup.id()));

        assertThat(preview.applied()).isFalse();
        assertThat(preview.directions()).isEqualTo(report.directions());
        var first = report.directions().getFirst();
        assertThat(first.added()).isEqualTo(80);
        assertThat(first.missingReviews()).isEqualTo(30 * K - 80);
        var second = report.directions().get(1);
        assertThat(second.added()).as("two jurors can give each application two reviews").isEqualTo(24);
        assertThat(second.missingReviews()).isEqualTo(12);
        assertThat(loads(setup.id(), setup.panel(0)).values()).allSatisfy(load -> assertThat(load).isEqualTo(20));
    }

    @Test
    void a_direction_without_a_panel_misses_every_review() {
        var competition = fixture.competition(Phase.REVIEW, 1);
        testApplications.eligible(competition.id(), competition.directions().getFirst().id(), fixture.applicant(), 5);

        var report = asSystem(() -> assignmentService.run(competition.id()));

        assertThat(report.directions()).singleElement().satisfies(d -> {
            assertThat(d.jurors()).isZero();
            assertThat(d.added()).isZero();
            assertThat(d.missingReviews()).isEqualTo(5 * K);
        });
    }

    @Test
    void conflicts_are_respected_and_a_juror_who_applied_to_the_competition_gets_nothing() {
        var setup = fixture.build(new int[]{40}, new int[]{6}, 40);
        var panel = setup.panel(0);
        long applied = panel.jurors().getFirst();
        fixture.applyAs(applied, setup);
        var conflicted = Map.of(panel.applications().get(0), panel.jurors().get(1),
                panel.applications().get(1), panel.jurors().get(2),
                panel.applications().get(2), panel.jurors().get(1));
        conflicted.forEach((application, juror) -> SystemTask.run(() ->
                assignmentService.recordConflict(application, juror, "Жобаның авторы — туысы")));

        var report = asSystem(() -> assignmentService.run(setup.id()));

        assertThat(report.missingReviews()).isZero();
        assertThat(report.directions().getFirst().jurors()).isEqualTo(5);
        assertThat(held(setup.id())).noneMatch(a -> a.getJurorId() == applied);
        conflicted.forEach((application, juror) -> assertThat(reviewersByApplication(setup.id()).get(application))
                .hasSize(K).doesNotContain(juror));
        assertThat(asSystem(() -> panelService.panels(setup.id())).getFirst().members())
                .filteredOn(seat -> seat.jurorId() == applied).singleElement()
                .extracting(JuryPanel.Seat::status).isEqualTo(JurorStatus.APPLIED);
    }

    /** Positions, not ids: application index and juror index on their panel. */
    private Set<List<Integer>> shape(ReviewFixture.Setup setup) {
        return held(setup.id()).stream().map(a -> {
            for (int p = 0; p < setup.panels().size(); p++) {
                var panel = setup.panel(p);
                if (panel.directionId() == a.getDirectionId()) {
                    return List.of(p, panel.applications().indexOf(a.getApplicationId()),
                            panel.jurors().indexOf(a.getJurorId()));
                }
            }
            throw new AssertionError("an assignment outside the fixture's directions");
        }).collect(Collectors.toSet());
    }

    @Test
    void the_same_set_up_twice_gives_the_same_assignment() {
        var first = fixture.build(new int[]{61, 37}, new int[]{7, 5}, 30);
        var second = fixture.build(new int[]{61, 37}, new int[]{7, 5}, 30);
        for (var setup : List.of(first, second)) {
            var panel = setup.panel(0);
            SystemTask.run(() -> assignmentService.recordConflict(panel.applications().get(5), panel.jurors().get(3),
                    "Бір мектепте жұмыс істейміз"));
        }

        asSystem(() -> assignmentService.run(first.id()));
        asSystem(() -> assignmentService.run(second.id()));

        assertThat(shape(first)).hasSize((61 + 37) * K).isEqualTo(shape(second));
    }

    @Test
    void a_rerun_keeps_submitted_reviews_and_fills_the_gaps_left_by_a_conflict_and_a_disabled_juror() {
        var setup = fixture.build(new int[]{40}, new int[]{8}, 40);
        var panel = setup.panel(0);
        asSystem(() -> assignmentService.run(setup.id()));
        var disabled = panel.jurors().get(2);
        var declining = panel.jurors().get(5);
        var disabledWork = assignments.findByCompetitionIdAndJurorIdOrderByIdAsc(setup.id(), disabled);
        var submitted = disabledWork.getFirst();
        submitted.moveTo(AssignmentState.SUBMITTED, clock.instant());
        assignments.save(submitted);
        var otherSubmitted = assignments.findByCompetitionIdAndJurorIdOrderByIdAsc(setup.id(), panel.jurors().get(0))
                .getFirst();
        otherSubmitted.moveTo(AssignmentState.SUBMITTED, clock.instant());
        assignments.save(otherSubmitted);
        var declined = assignments.findByCompetitionIdAndJurorIdOrderByIdAsc(setup.id(), declining).getFirst();
        accounts.signInAs(SystemTask.run(() -> panelService.panels(setup.id())).getFirst().members().stream()
                .filter(m -> m.jurorId() == declining).findFirst().orElseThrow().email());
        assignmentService.declareConflict(declined.getId(), "Жоба авторын жақсы танимын");
        accounts.signOut();
        fixture.disable(disabled);
        var before = held(setup.id()).stream()
                .filter(a -> a.getState() == AssignmentState.SUBMITTED).map(ReviewAssignment::getId).toList();

        var report = asSystem(() -> assignmentService.run(setup.id()));

        int releasedOpenWork = disabledWork.size() - 1;
        assertThat(report.directions().getFirst().released()).isEqualTo(releasedOpenWork);
        assertThat(report.added()).isEqualTo(releasedOpenWork + 1);
        assertThat(report.missingReviews()).isZero();
        assertThat(held(setup.id()).stream().filter(a -> a.getState() == AssignmentState.SUBMITTED)
                .map(ReviewAssignment::getId)).containsExactlyInAnyOrderElementsOf(before);
        var reviewers = reviewersByApplication(setup.id());
        assertThat(panel.applications()).allSatisfy(a -> assertThat(reviewers.get(a)).hasSize(K));
        assertThat(reviewers.get(declined.getApplicationId())).doesNotContain(declining);
        assertThat(assignments.findByCompetitionIdAndJurorIdOrderByIdAsc(setup.id(), disabled))
                .singleElement().extracting(ReviewAssignment::getState).isEqualTo(AssignmentState.SUBMITTED);
        assertThat(fixture.auditRows(setup.id(), AuditAction.REVIEWER_UNASSIGNED.name())).isEqualTo(releasedOpenWork);
    }

    @Test
    void work_on_an_application_no_longer_eligible_is_released_on_the_next_run() {
        var setup = fixture.build(new int[]{6}, new int[]{4}, 40);
        asSystem(() -> assignmentService.run(setup.id()));
        long dropped = setup.panel(0).applications().getFirst();
        testApplications.changeStatus(dropped, ApplicationStatus.INELIGIBLE);

        var report = asSystem(() -> assignmentService.run(setup.id()));

        assertThat(report.released()).isEqualTo(K);
        assertThat(report.added()).isZero();
        assertThat(assignments.findByApplicationIdOrderByIdAsc(dropped)).isEmpty();
    }

    @Test
    void adding_by_hand_is_refused_for_a_conflicted_juror_a_juror_off_the_panel_and_beyond_the_cap() {
        var setup = fixture.build(new int[]{4}, new int[]{3}, 2);
        var panel = setup.panel(0);
        var apps = panel.applications();
        long outsider = fixture.juror();
        SystemTask.run(() -> assignmentService.recordConflict(apps.get(0), panel.jurors().get(0), "Туысы"));

        assertThatThrownBy(() -> asSystem(() -> assignmentService.add(apps.get(0), panel.jurors().get(0))))
                .isInstanceOfSatisfying(AssignmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));
        assertThatThrownBy(() -> asSystem(() -> assignmentService.add(apps.get(0), outsider)))
                .isInstanceOfSatisfying(AssignmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_ON_PANEL));

        long juror = panel.jurors().get(1);
        var row = asSystem(() -> assignmentService.add(apps.get(0), juror));
        asSystem(() -> assignmentService.add(apps.get(1), juror));
        assertThat(row.automatic()).isFalse();
        assertThat(row.state()).isEqualTo(AssignmentState.NEW);
        assertThatThrownBy(() -> asSystem(() -> assignmentService.add(apps.get(1), juror)))
                .isInstanceOfSatisfying(AssignmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_ASSIGNED));
        assertThatThrownBy(() -> asSystem(() -> assignmentService.add(apps.get(2), juror)))
                .isInstanceOfSatisfying(AssignmentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CAP_REACHED);
                    assertThat(e.arguments()).containsExactly(2);
                });
        assertThat(asSystem(() -> assignmentService.assignable(setup.id(), panel.directionId(), juror)))
                .extracting(ApplicationChoice::applicationId).containsExactly(apps.get(2), apps.get(3));
    }

    @Test
    void removing_is_refused_once_the_score_sheet_is_submitted() {
        var setup = fixture.build(new int[]{2}, new int[]{3}, 10);
        asSystem(() -> assignmentService.run(setup.id()));
        var all = held(setup.id());
        var submitted = all.get(0);
        submitted.moveTo(AssignmentState.SUBMITTED, clock.instant());
        assignments.save(submitted);
        var drafted = all.get(1);
        drafted.moveTo(AssignmentState.DRAFT, clock.instant());
        assignments.save(drafted);

        assertThatThrownBy(() -> SystemTask.run(() -> assignmentService.remove(submitted.getId())))
                .isInstanceOfSatisfying(AssignmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SHEET_SUBMITTED));
        SystemTask.run(() -> assignmentService.remove(drafted.getId()));

        assertThat(assignments.findById(submitted.getId())).isPresent();
        assertThat(assignments.findById(drafted.getId())).isEmpty();
        var audit = asSystem(() -> auditService.search(new AuditFilter(AuditAction.REVIEWER_UNASSIGNED,
                AssignmentLedger.SUBJECT, drafted.getId(), null, null, null), PageRequest.of(0, 5)));
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.before()).isEqualTo("DRAFT");
            assertThat(entry.competitionId()).isEqualTo(setup.id());
            assertThat(entry.actor()).isEqualTo("system");
        });
    }

    @Test
    void a_juror_declares_a_conflict_only_on_their_own_assignment_and_it_is_audited() {
        var setup = fixture.build(new int[]{3}, new int[]{0}, 10);
        var panel = setup.panel(0);
        var mine = fixture.jurorEmail();
        var theirs = fixture.jurorEmail();
        long me = fixture.accountId(mine);
        long them = fixture.accountId(theirs);
        SystemTask.run(() -> {
            panelService.addMember(setup.id(), panel.directionId(), me, 10);
            panelService.addMember(setup.id(), panel.directionId(), them, 10);
        });
        var myAssignment = asSystem(() -> assignmentService.add(panel.applications().get(0), me));
        var theirAssignment = asSystem(() -> assignmentService.add(panel.applications().get(0), them));

        accounts.signInAs(mine);
        assertThatThrownBy(() -> assignmentService.declareConflict(theirAssignment.assignmentId(), "Туысым"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignmentService.declareConflict(myAssignment.assignmentId(), "  "))
                .isInstanceOfSatisfying(AssignmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.REASON_REQUIRED));
        assignmentService.declareConflict(myAssignment.assignmentId(), "Автор — менің туысым");
        assertThatThrownBy(() -> assignmentService.run(setup.id())).isInstanceOf(AccessDeniedException.class);
        accounts.signOut();

        assertThat(assignments.findById(myAssignment.assignmentId())).get()
                .extracting(ReviewAssignment::getState).isEqualTo(AssignmentState.DECLINED);
        assertThat(assignments.findById(theirAssignment.assignmentId())).get()
                .extracting(ReviewAssignment::getState).isEqualTo(AssignmentState.NEW);
        assertThat(conflicts.findByApplicationIdAndJurorId(panel.applications().get(0), me)).get()
                .satisfies(c -> {
                    assertThat(c.isDeclaredByJuror()).isTrue();
                    assertThat(c.getDeclaredBy()).isEqualTo(me);
                    assertThat(c.getReason()).isEqualTo("Автор — менің туысым");
                });
        var audit = asSystem(() -> auditService.search(new AuditFilter(AuditAction.CONFLICT_DECLARED, null, null,
                mine, null, null), PageRequest.of(0, 5)));
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.before()).isEqualTo("NEW");
            assertThat(entry.after()).isEqualTo("DECLINED");
            assertThat(entry.competitionId()).isEqualTo(setup.id());
        });
        assertThatThrownBy(() -> asSystem(() -> assignmentService.add(panel.applications().get(0), me)))
                .isInstanceOfSatisfying(AssignmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT));
    }

    @Test
    void a_submitted_review_cannot_be_declined_afterwards() {
        var setup = fixture.build(new int[]{1}, new int[]{3}, 10);
        asSystem(() -> assignmentService.run(setup.id()));
        var assignment = held(setup.id()).getFirst();
        assignment.moveTo(AssignmentState.SUBMITTED, clock.instant());
        assignments.save(assignment);

        assertThatThrownBy(() -> SystemTask.run(() -> assignmentService.recordConflict(assignment.getApplicationId(),
                assignment.getJurorId(), "Кеш білдім")))
                .isInstanceOfSatisfying(AssignmentRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SHEET_SUBMITTED));
    }

    @Test
    void assignment_happens_only_in_screening_or_review() {
        for (var phase : List.of(Phase.DRAFT, Phase.DELIBERATION)) {
            var competition = fixture.competition(phase, 1);

            assertThatThrownBy(() -> asSystem(() -> assignmentService.run(competition.id())))
                    .isInstanceOfSatisfying(AssignmentRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PHASE));
        }
    }

    @Test
    void applicants_and_jurors_cannot_reach_the_organisers_desk() {
        var setup = fixture.build(new int[]{2}, new int[]{3}, 10);
        asSystem(() -> assignmentService.run(setup.id()));
        var assignment = held(setup.id()).getFirst();
        var panel = setup.panel(0);

        for (var email : List.of(accounts.newApplicant(), fixture.jurorEmail())) {
            accounts.signInAs(email);
            assertThatThrownBy(() -> assignmentService.run(setup.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignmentService.preview(setup.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignmentService.add(panel.applications().get(1), panel.jurors().get(0)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignmentService.remove(assignment.getId()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignmentService.recordConflict(assignment.getApplicationId(),
                    assignment.getJurorId(), "Туысы")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> assignmentService.assignmentsOf(setup.id(), assignment.getJurorId()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> panelService.panels(setup.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> panelService.addMember(setup.id(), panel.directionId(), 1, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> panelService.removeMember(setup.id(), panel.directionId(),
                    panel.jurors().get(0))).isInstanceOf(AccessDeniedException.class);
            accounts.signOut();
        }
        var applicant = accounts.newApplicant();
        accounts.signInAs(applicant);
        assertThatThrownBy(() -> assignmentService.declareConflict(assignment.getId(), "Туысы"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(assignments.findById(assignment.getId())).get().extracting(ReviewAssignment::getState)
                .isEqualTo(AssignmentState.NEW);
    }
}
