package kz.urpaq.demo;

import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.Phase;
import kz.urpaq.review.AssignmentState;
import kz.urpaq.review.JuryPanelService;
import kz.urpaq.review.MyAssignment;
import kz.urpaq.review.ScoreSheetService;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class DemoDataTest {

    @Autowired
    DemoData demoData;

    @Autowired
    CompetitionService competitionService;

    @Autowired
    kz.urpaq.organiser.OrganiserService organisers;

    @Autowired
    AccountService accountService;

    @Autowired
    JuryPanelService juryPanelService;

    @Autowired
    ScoreSheetService scoreSheets;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void demo_competition_is_open_with_five_directions_and_default_criteria() {
        var competition = SystemTask.run(() -> competitionService.findByCode(DemoData.COMPETITION_CODE)).orElseThrow();

        assertThat(competition.phase()).isEqualTo(Phase.OPEN);
        assertThat(competition.title().kk()).isEqualTo("Тәуелсіздік ұрпақтары — 2026");
        assertThat(competition.region().kk()).isEqualTo("Алматы облысы");
        assertThat(competition.directions()).extracting(d -> d.name().kk())
                .containsExactly("Ғылым", "Өнер", "Медиа", "Ақпараттық технологиялар", "Бизнес");
        assertThat(competition.criteria()).hasSize(5);
        assertThat(competition.criteria().stream().mapToInt(c -> c.weightPercent()).sum()).isEqualTo(100);
        assertThat(competition.placesPerDirection()).isEqualTo(3);
        assertThat(competition.grantCount()).isEqualTo(15);
        assertThat(competition.grantAmountTenge()).isEqualTo(1_000_000L);
    }

    @Test
    void a_second_organiser_runs_the_open_national_round_with_six_directions_and_thirty_grants() {
        var national = SystemTask.run(() -> competitionService.findByCode(DemoData.NATIONAL_CODE)).orElseThrow();
        var regional = SystemTask.run(() -> competitionService.findByCode(DemoData.COMPETITION_CODE)).orElseThrow();

        assertThat(national.phase()).isEqualTo(Phase.OPEN);
        assertThat(national.directions()).extracting(d -> d.code()).hasSize(6).contains("volunteering");
        assertThat(national.grantCount()).isEqualTo(30);
        assertThat(national.grantAmountTenge()).isEqualTo(3_000_000L);
        assertThat(national.organiserId()).isNotEqualTo(regional.organiserId());
        assertThat(organisers.find(national.organiserId()).code()).isEqualTo(DemoData.NATIONAL_ORGANISER);
        assertThat(national.submissionDeadline()).isAfter(regional.submissionDeadline());
        // the region's round stays the one the landing page shows first
        assertThat(competitionService.acceptingSubmissions()).extracting(c -> c.code())
                .contains(DemoData.NATIONAL_CODE, DemoData.COMPETITION_CODE);
    }

    @Test
    void demo_accounts_exist_for_every_role_with_three_jurors_per_direction() {
        var admins = SystemTask.run(() -> accountService.search("@urpaq.local", Role.ADMIN, PageRequest.of(0, 100))
                .getContent());
        var jurors = SystemTask.run(() -> accountService.search("@urpaq.local", Role.JURY, PageRequest.of(0, 100))
                .getContent());
        var applicants = SystemTask.run(() -> accountService.search("@urpaq.local", Role.APPLICANT,
                PageRequest.of(0, 1000)).getContent());

        assertThat(admins).extracting(a -> a.email()).contains(DemoData.ADMIN_EMAIL);
        assertThat(jurors).extracting(a -> a.email()).hasSize(15).contains("jury.business3@urpaq.local");
        assertThat(applicants).extracting(a -> a.email()).contains("aruzhan@urpaq.local",
                "tu-2025.applicant01@urpaq.local", "tu-2025.applicant60@urpaq.local");
    }

    @Test
    void every_demo_juror_signing_in_finds_assignments_under_review_some_drafted_and_some_submitted() {
        for (var direction : List.of("science", "art", "media", "it", "business")) {
            for (int number = 1; number <= 3; number++) {
                var email = "jury." + direction + number + "@urpaq.local";
                accounts.signInAs(email);
                var mine = scoreSheets.mine();
                accounts.signOut();

                assertThat(mine).as(email).hasSizeBetween(2, 3).extracting(MyAssignment::state)
                        .contains(AssignmentState.DRAFT, AssignmentState.SUBMITTED);
                assertThat(mine).as(email).allSatisfy(assignment -> {
                    assertThat(assignment.title()).isNotBlank();
                    assertThat(assignment.reviewDeadline()).isAfter(clock.instant());
                });
            }
        }
        accounts.signInAs("jury.science1@urpaq.local");
        assertThat(scoreSheets.mine()).extracting(MyAssignment::state)
                .containsExactly(AssignmentState.SUBMITTED, AssignmentState.DRAFT, AssignmentState.NEW);
    }

    @Test
    void seeding_twice_changes_nothing() {
        var before = SystemTask.run(() -> accountService.search("", PageRequest.of(0, 1000)).getNumberOfElements());
        var competitionsBefore = SystemTask.run(() -> competitionService.listAll().size());

        SystemTask.run(demoData::seed);
        SystemTask.run(demoData::seed);

        assertThat(SystemTask.run(() -> accountService.search("", PageRequest.of(0, 1000)).getNumberOfElements()))
                .isEqualTo(before);
        assertThat(SystemTask.run(() -> competitionService.listAll().size())).isEqualTo(competitionsBefore);
    }

    @Test
    void each_direction_panel_holds_its_two_demo_jurors_with_the_default_cap() {
        var competition = SystemTask.run(() -> competitionService.findByCode(DemoData.COMPETITION_CODE)).orElseThrow();

        var panels = SystemTask.run(() -> juryPanelService.panels(competition.id()));

        assertThat(panels).hasSize(5).allSatisfy(panel -> assertThat(panel.members()).hasSize(2)
                .allSatisfy(seat -> assertThat(seat.cap()).isEqualTo(40)));
        assertThat(panels.getFirst().members()).extracting(seat -> seat.email())
                .containsExactlyInAnyOrder("jury.science1@urpaq.local", "jury.science2@urpaq.local");
    }
}
