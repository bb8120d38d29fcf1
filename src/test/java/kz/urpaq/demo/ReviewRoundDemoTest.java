package kz.urpaq.demo;

import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.Phase;
import kz.urpaq.review.MyAssignment;
import kz.urpaq.review.ProgressBoard;
import kz.urpaq.review.ProgressService;
import kz.urpaq.review.ScoreSheetService;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.ApplicationService;
import kz.urpaq.submission.ApplicationStatus;
import kz.urpaq.submission.BlindReadingService;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.testing.TestAccounts;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's round under review: what its jurors, organisers and applicant find on the first start. */
@SpringBootTest
class ReviewRoundDemoTest {

    private static final List<String> DIRECTIONS = List.of("science", "art", "media", "it", "business");

    @Autowired
    ReviewRoundDemo demo;

    @Autowired
    CompetitionService competitions;

    @Autowired
    ProgressService progress;

    @Autowired
    ScoreSheetService sheets;

    @Autowired
    BlindReadingService blindReading;

    @Autowired
    ApplicationService applications;

    @Autowired
    AccountService accountService;

    @Autowired
    ApplicantProfileService profiles;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private long roundId() {
        return SystemTask.run(() -> competitions.findByCode(ReviewRoundDemo.CODE)).orElseThrow().id();
    }

    private List<MyAssignment> roundAssignmentsOf(String jurorEmail) {
        accounts.signInAs(jurorEmail);
        try {
            return sheets.mine().stream().filter(a -> a.competitionId() == roundId()).toList();
        } finally {
            accounts.signOut();
        }
    }

    @Test
    void the_round_is_in_review_with_a_deadline_ahead_and_titles_in_three_languages() {
        var round = SystemTask.run(() -> competitions.findByCode(ReviewRoundDemo.CODE)).orElseThrow();

        assertThat(round.phase()).isEqualTo(Phase.REVIEW);
        assertThat(round.reviewDeadline()).isAfter(clock.instant());
        assertThat(round.submissionDeadline()).isBefore(clock.instant());
        assertThat(round.title().kk()).isEqualTo("Тәуелсіздік ұрпақтары — 2026: аудандық кезең");
        assertThat(round.title().ru()).isEqualTo("Поколения независимости — 2026: районный этап");
        assertThat(round.title().en()).isEqualTo("Generations of Independence — 2026: District Round");
    }

    @Test
    void the_progress_board_shows_twelve_eligible_applications_fully_assigned_and_partly_scored() {
        var board = SystemTask.run(() -> progress.board(roundId()));

        assertThat(board.directions()).hasSize(5).allSatisfy(direction -> {
            assertThat(direction.applications()).isBetween(2, 3);
            assertThat(direction.missingReviews()).isZero();
            assertThat(direction.assigned()).isEqualTo(direction.applications() * 3);
            assertThat(direction.drafted()).isPositive();
            assertThat(direction.submitted()).isPositive().isLessThan(direction.assigned());
            assertThat(direction.jurors()).hasSize(3);
        });
        assertThat(board.directions().stream().mapToInt(ProgressBoard.DirectionProgress::applications).sum())
                .isEqualTo(12);
        assertThat(board.directions().stream().mapToInt(ProgressBoard.DirectionProgress::submitted).sum())
                .isEqualTo(ReviewRoundDemo.submittedSheets());
        assertThat(board.deadlinePassed()).isFalse();
    }

    @Test
    void a_juror_reads_the_demo_applicants_project_blind() throws Exception {
        var aruzhan = SystemTask.run(() -> accountService.findByEmail(ReviewRoundDemo.ARUZHAN_EMAIL)).orElseThrow();
        var iin = SystemTask.run(() -> profiles.findByAccountId(aruzhan.id())).orElseThrow().iin().digits();
        var title = DemoProjects.DISTRICT_ROUND_ARUZHAN.title();
        var assignment = roundAssignmentsOf("jury.media1@urpaq.local").stream()
                .filter(a -> a.title().equals(title)).findFirst().orElseThrow();

        accounts.signInAs("jury.media1@urpaq.local");
        var read = blindReading.read(assignment.applicationId());

        assertThat(read.title()).isEqualTo(title);
        assertThat(read.summary()).isEqualTo(DemoProjects.DISTRICT_ROUND_ARUZHAN.summary());
        assertThat(read.toString()).doesNotContain("Аружан", "Нұрланқызы", aruzhan.email(), iin);
        assertThat(read.attachments()).extracting(a -> a.kind())
                .containsExactlyInAnyOrder(AttachmentKind.PROJECT_DESCRIPTION, AttachmentKind.COST_ESTIMATE);
        var file = read.attachments().getFirst();
        assertThat(file.fileName()).doesNotContain("zhoba").startsWith(file.kind() == AttachmentKind.COST_ESTIMATE
                ? "cost-estimate-" : "project-description-");
        try (var opened = blindReading.open(file.id()); var pdf = Loader.loadPDF(opened.content().readAllBytes())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getDocumentInformation().getAuthor()).isNull();
        }
    }

    @Test
    void the_demo_applicant_finds_her_eligible_application_of_the_round() {
        accounts.signInAs(ReviewRoundDemo.ARUZHAN_EMAIL);

        assertThat(applications.mine()).filteredOn(a -> a.competitionId() == roundId()).singleElement()
                .satisfies(application -> {
                    assertThat(application.status()).isEqualTo(ApplicationStatus.ELIGIBLE);
                    assertThat(application.title()).isEqualTo(DemoProjects.DISTRICT_ROUND_ARUZHAN.title());
                    assertThat(application.referenceNumber()).isNotBlank();
                });
    }

    @Test
    void seeding_an_existing_round_changes_nothing() {
        long id = roundId();
        var before = SystemTask.run(() -> progress.board(id)).directions();

        assertThat(demo.seed()).isEqualTo(id);

        assertThat(SystemTask.run(() -> progress.board(id)).directions()).isEqualTo(before);
    }

    @Test
    void the_round_has_two_or_three_projects_per_direction_each_with_a_distinct_title() {
        var projects = ReviewRoundDemo.applicants().values();

        assertThat(projects).hasSize(12).extracting(DemoProjects.Project::title).doesNotHaveDuplicates();
        for (var direction : DIRECTIONS) {
            assertThat(projects).filteredOn(p -> p.direction().equals(direction)).hasSizeBetween(2, 3);
        }
        assertThat(projects).filteredOn(DemoProjects.Project::russian).isNotEmpty();
        assertThat(projects).allSatisfy(p -> assertThat(p.summary().length()).isLessThanOrEqualTo(500));
    }
}
