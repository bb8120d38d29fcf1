package kz.urpaq.review;

import kz.urpaq.base.i18n.Language;
import kz.urpaq.notification.MailLog;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ProgressServiceTest {

    @Autowired
    ProgressService progressService;

    @Autowired
    AssignmentService assignmentService;

    @Autowired
    JuryPanelService panelService;

    @Autowired
    AccountService accountService;

    @Autowired
    ReviewAssignmentRepository assignments;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MailLog mailLog;

    @Autowired
    MutableClock clock;

    @AfterEach
    void tearDown() {
        accounts.signOut();
    }

    private void move(long competitionId, long jurorId, int count, AssignmentState state) {
        assignments.findByCompetitionIdAndJurorIdOrderByIdAsc(competitionId, jurorId).stream()
                .filter(a -> a.getState() == AssignmentState.NEW).limit(count).forEach(a -> {
                    a.moveTo(state, clock.instant());
                    assignments.save(a);
                });
    }

    @Test
    void the_board_counts_assigned_drafted_and_submitted_per_direction_and_juror() {
        var setup = fixture.build(new int[]{8, 4}, new int[]{4, 3}, 40);
        SystemTask.run(() -> assignmentService.run(setup.id()));
        var busy = setup.panel(0).jurors().get(0);
        move(setup.id(), busy, 2, AssignmentState.SUBMITTED);
        move(setup.id(), busy, 1, AssignmentState.DRAFT);
        var declined = assignments.findByCompetitionIdAndJurorIdOrderByIdAsc(setup.id(), setup.panel(0).jurors().get(1))
                .getFirst();
        SystemTask.run(() -> assignmentService.recordConflict(declined.getApplicationId(), declined.getJurorId(),
                "Туысы"));

        var board = SystemTask.run(() -> progressService.board(setup.id()));

        var first = board.directions().getFirst();
        assertThat(first.applications()).isEqualTo(8);
        assertThat(first.reviewsNeeded()).isEqualTo(24);
        assertThat(first.assigned()).isEqualTo(23);
        assertThat(first.drafted()).isEqualTo(1);
        assertThat(first.submitted()).isEqualTo(2);
        assertThat(first.missingReviews()).isEqualTo(1);
        assertThat(first.jurors()).hasSize(4).filteredOn(j -> j.jurorId() == busy).singleElement().satisfies(j -> {
            assertThat(j.assigned()).isEqualTo(6);
            assertThat(j.drafted()).isEqualTo(1);
            assertThat(j.submitted()).isEqualTo(2);
            assertThat(j.open()).isEqualTo(4);
            assertThat(j.cap()).isEqualTo(40);
        });
        assertThat(first.jurors()).filteredOn(j -> j.jurorId() == declined.getJurorId()).singleElement()
                .satisfies(j -> assertThat(j.declined()).isEqualTo(1));
        var second = board.directions().get(1);
        assertThat(second.assigned()).isEqualTo(12);
        assertThat(second.submitted()).isZero();
        assertThat(second.jurors()).allSatisfy(j -> assertThat(j.assigned()).isEqualTo(4));
    }

    @Test
    void jurors_with_open_work_turn_late_when_the_deadline_is_near_and_overdue_once_it_passed() {
        var setup = fixture.build(new int[]{2}, new int[]{3}, 40);
        SystemTask.run(() -> assignmentService.run(setup.id()));
        var done = setup.panel(0).jurors().get(0);
        move(setup.id(), done, 2, AssignmentState.SUBMITTED);

        var early = SystemTask.run(() -> progressService.board(setup.id()));
        clock.set(ReviewFixture.REVIEW_DEADLINE.minus(Duration.ofDays(2)));
        var near = SystemTask.run(() -> progressService.board(setup.id()));
        clock.set(ReviewFixture.REVIEW_DEADLINE.plus(Duration.ofHours(1)));
        var after = SystemTask.run(() -> progressService.board(setup.id()));

        assertThat(early.directions().getFirst().jurors()).allSatisfy(j -> assertThat(j.lateness())
                .isEqualTo(Lateness.ON_TRACK));
        assertThat(near.directions().getFirst().jurors()).allSatisfy(j -> assertThat(j.lateness())
                .isEqualTo(j.jurorId() == done ? Lateness.ON_TRACK : Lateness.DUE_SOON));
        assertThat(after.deadlinePassed()).isTrue();
        assertThat(after.directions().getFirst().jurors()).allSatisfy(j -> assertThat(j.lateness())
                .isEqualTo(j.jurorId() == done ? Lateness.ON_TRACK : Lateness.OVERDUE));
    }

    @Test
    void reminders_go_only_to_jurors_with_open_work_and_in_their_own_language() {
        var setup = fixture.build(new int[]{1}, new int[]{0}, 40);
        var direction = setup.panel(0).directionId();
        var russian = "juror-ru-" + UUID.randomUUID() + "@example.kz";
        var kazakh = "juror-kk-" + UUID.randomUUID() + "@example.kz";
        var finished = "juror-done-" + UUID.randomUUID() + "@example.kz";
        SystemTask.run(() -> {
            for (var email : new String[]{russian, kazakh, finished}) {
                var juror = accountService.create(email, "password-" + UUID.randomUUID(), "Сарапшы",
                        EnumSet.of(Role.JURY), email == russian ? Language.RU : Language.KK);
                panelService.addMember(setup.id(), direction, juror.id(), 40);
            }
        });
        SystemTask.run(() -> assignmentService.run(setup.id()));
        move(setup.id(), fixture.accountId(finished), 1, AssignmentState.SUBMITTED);
        move(setup.id(), fixture.accountId(kazakh), 1, AssignmentState.DRAFT);

        int sent = SystemTask.run(() -> progressService.sendReminders(setup.id()));

        assertThat(sent).isEqualTo(2);
        assertThat(mailLog.to(finished)).isEmpty();
        assertThat(mailLog.to(russian)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).contains("Тест экспертизы");
            assertThat(mail.body()).contains("Здравствуйте", "05.12.2026 15:00", "/reviews");
        });
        assertThat(mailLog.to(kazakh)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).contains("Сараптама сынағы");
            assertThat(mail.body()).contains("Құрметті");
        });
    }

    @Test
    void only_administrators_see_the_board_and_send_reminders() {
        var setup = fixture.build(new int[]{1}, new int[]{3}, 40);

        for (var email : new String[]{accounts.newApplicant(), fixture.jurorEmail()}) {
            accounts.signInAs(email);
            assertThatThrownBy(() -> progressService.board(setup.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> progressService.sendReminders(setup.id()))
                    .isInstanceOf(AccessDeniedException.class);
            accounts.signOut();
        }
    }
}
