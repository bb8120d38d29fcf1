package kz.urpaq.review;

import kz.urpaq.competition.Phase;
import kz.urpaq.review.AssignmentRefusedException.Reason;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class JuryPanelServiceTest {

    @Autowired
    JuryPanelService panelService;

    @Autowired
    AssignmentService assignmentService;

    @Autowired
    ReviewAssignmentRepository assignments;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    MutableClock clock;

    private static void refused(Runnable action, Reason reason) {
        assertThatThrownBy(() -> SystemTask.run(action)).isInstanceOfSatisfying(AssignmentRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void a_panel_takes_jurors_once_each_with_a_cap_in_range() {
        var competition = fixture.competition(Phase.DRAFT, 2);
        long direction = competition.directions().getFirst().id();
        long juror = fixture.juror();
        long applicant = fixture.applicant();

        SystemTask.run(() -> panelService.addMember(competition.id(), direction, juror, PanelMember.DEFAULT_CAP));

        refused(() -> panelService.addMember(competition.id(), direction, juror, 10), Reason.ALREADY_ON_PANEL);
        refused(() -> panelService.addMember(competition.id(), direction, fixture.juror(), 0), Reason.CAP_OUT_OF_RANGE);
        refused(() -> panelService.addMember(competition.id(), direction, applicant, 10), Reason.NOT_A_JUROR);
        refused(() -> panelService.addMember(competition.id(), -1, juror, 10), Reason.NO_SUCH_DIRECTION);
        var panels = SystemTask.run(() -> panelService.panels(competition.id()));
        assertThat(panels).hasSize(2);
        assertThat(panels.getFirst().members()).singleElement().satisfies(seat -> {
            assertThat(seat.jurorId()).isEqualTo(juror);
            assertThat(seat.cap()).isEqualTo(40);
            assertThat(seat.status()).isEqualTo(JurorStatus.AVAILABLE);
        });
        assertThat(panels.get(1).members()).isEmpty();
        SystemTask.run(() -> panelService.addMember(competition.id(), competition.directions().get(1).id(), juror, 5));
        assertThat(SystemTask.run(() -> panelService.panels(competition.id())).get(1).members()).hasSize(1);
    }

    @Test
    void candidates_are_enabled_jurors_off_the_panel_who_did_not_apply() {
        var setup = fixture.build(new int[]{1}, new int[]{1}, 10);
        long direction = setup.panel(0).directionId();
        long seated = setup.panel(0).jurors().getFirst();
        long free = fixture.juror();
        long disabled = fixture.juror();
        fixture.disable(disabled);
        long applied = fixture.juror();
        fixture.applyAs(applied, setup);

        var candidates = SystemTask.run(() -> panelService.candidates(setup.id(), direction));

        assertThat(candidates).extracting(JurorChoice::jurorId).contains(free)
                .doesNotContain(seated, disabled, applied);
        refused(() -> panelService.addMember(setup.id(), direction, applied, 10), Reason.JUROR_APPLIED);
        refused(() -> panelService.addMember(setup.id(), direction, disabled, 10), Reason.JUROR_DISABLED);
    }

    @Test
    void a_cap_cannot_go_below_what_the_juror_already_holds() {
        var setup = fixture.build(new int[]{5}, new int[]{3}, 10);
        long direction = setup.panel(0).directionId();
        long juror = setup.panel(0).jurors().getFirst();
        SystemTask.run(() -> assignmentService.run(setup.id()));

        assertThatThrownBy(() -> SystemTask.run(() -> panelService.changeCap(setup.id(), direction, juror, 4)))
                .isInstanceOfSatisfying(AssignmentRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.CAP_BELOW_LOAD);
                    assertThat(e.arguments()).containsExactly(5);
                });
        SystemTask.run(() -> panelService.changeCap(setup.id(), direction, juror, 5));
        assertThat(SystemTask.run(() -> panelService.panels(setup.id())).getFirst().members())
                .filteredOn(seat -> seat.jurorId() == juror).singleElement()
                .satisfies(seat -> assertThat(seat.cap()).isEqualTo(5));
    }

    @Test
    void taking_a_juror_off_a_panel_releases_unfinished_work_and_keeps_submitted_reviews() {
        var setup = fixture.build(new int[]{6}, new int[]{3}, 10);
        long direction = setup.panel(0).directionId();
        long leaving = setup.panel(0).jurors().get(1);
        SystemTask.run(() -> assignmentService.run(setup.id()));
        var work = assignments.findByCompetitionIdAndJurorIdOrderByIdAsc(setup.id(), leaving);
        var submitted = work.getFirst();
        submitted.moveTo(AssignmentState.SUBMITTED, clock.instant());
        assignments.save(submitted);

        int released = SystemTask.run(() -> panelService.removeMember(setup.id(), direction, leaving));

        assertThat(released).isEqualTo(work.size() - 1);
        assertThat(assignments.findByCompetitionIdAndJurorIdOrderByIdAsc(setup.id(), leaving))
                .extracting(ReviewAssignment::getId).containsExactly(submitted.getId());
        assertThat(SystemTask.run(() -> panelService.panels(setup.id())).getFirst().members())
                .noneMatch(seat -> seat.jurorId() == leaving);
        var rerun = SystemTask.run(() -> assignmentService.run(setup.id()));
        assertThat(rerun.added()).as("two jurors left cannot give a third review where they already are")
                .isZero();
        assertThat(rerun.missingReviews()).isEqualTo(released);
    }
}
