package kz.urpaq.submission;

import kz.urpaq.notification.MailLog;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.attachment.FileType;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Revision requests during screening and the versions they leave (domain.md §13). */
@SpringBootTest
class RevisionRequestTest {

    @Autowired ApplicationContext context;
    @Autowired ApplicationService applicationService;
    @Autowired ScreeningService screening;
    @Autowired ApplicationRepository applications;
    @Autowired TestAccounts accounts;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired MailLog mailLog;

    private long competitionId;
    private String applicant;
    private long applicationId;
    private String neighbour;
    private long neighbourId;
    private Instant revisionDeadline;

    @BeforeEach
    void twoSubmittedApplicationsInScreening() {
        competitionId = TestApplications.openCompetition(context, clock.instant());
        applicant = accounts.newApplicant();
        accounts.signInAs(applicant);
        applicationId = TestApplications.completeDraft(context, competitionId);
        applicationService.submit(applicationId);
        neighbour = accounts.newApplicant();
        accounts.signInAs(neighbour);
        neighbourId = TestApplications.completeDraft(context, competitionId);
        applicationService.submit(neighbourId);
        jdbc.sql("update competition set phase = 'SCREENING' where id = :id").param("id", competitionId).update();
        revisionDeadline = clock.instant().plus(Duration.ofDays(11));
        accounts.signInAs("admin@urpaq.local");
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private ApplicationContent retitled(ApplicationContent content, String title) {
        return new ApplicationContent(content.directionId(), title, content.summary(), content.relevance(),
                content.goals(), content.expectedResults(), content.audience(), content.place(), content.videoUrl(),
                content.milestones(), content.team(), content.budget());
    }

    @Test
    void a_revision_reopens_only_that_application_and_its_resubmission_is_a_new_version_the_organiser_compares() {
        screening.requestRevision(applicationId, "Смета файлын қосыңыз", revisionDeadline);
        assertThat(applications.findById(applicationId).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.REVISION_REQUESTED);
        assertThat(mailLog.to(applicant)).anySatisfy(mail -> assertThat(mail.body()).contains("Смета файлын қосыңыз"));
        assertThatThrownBy(() -> screening.decide(applicationId, true, ""))
                .isInstanceOfSatisfying(ScreeningRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screening.refused.revision-open"));

        accounts.signInAs(neighbour);
        var other = applicationService.get(neighbourId);
        assertThat(other.editable()).as("the other application stays closed").isFalse();
        assertThatThrownBy(() -> applicationService.saveDraft(neighbourId, retitled(other.content(), "Басқа")))
                .isInstanceOf(ApplicationRefusedException.class);

        accounts.signInAs(applicant);
        var details = applicationService.get(applicationId);
        assertThat(details.editable()).isTrue();
        assertThat(details.revisionNote()).isEqualTo("Смета файлын қосыңыз");
        clock.set(revisionDeadline.minusSeconds(1));
        applicationService.saveDraft(applicationId, retitled(details.content(), "Ауылдағы робототехника мектебі"));
        TestApplications.attach(context, applicationId, AttachmentKind.COST_ESTIMATE, "smeta-2.pdf", FileType.PDF,
                "%PDF-1.4 smeta".getBytes());
        var sent = applicationService.submit(applicationId);
        assertThat(sent.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(sent.editable()).isFalse();

        accounts.signInAs("admin@urpaq.local");
        assertThat(screening.versions(applicationId)).extracting(VersionSummary::number).containsExactly(1, 2);
        var diff = screening.diff(applicationId, 1, 2);
        assertThat(diff.fields()).singleElement().satisfies(change -> {
            assertThat(change.labelKey()).isEqualTo("application.field.title");
            assertThat(change.before()).isEqualTo("Ауылдағы робототехника үйірмесі");
            assertThat(change.after()).isEqualTo("Ауылдағы робототехника мектебі");
        });
        assertThat(diff.filesAdded()).containsExactly("COST_ESTIMATE:smeta-2.pdf");
        assertThat(diff.filesRemoved()).isEmpty();
        assertThat(screening.revisions(applicationId)).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo("RESUBMITTED"));
        screening.decide(applicationId, true, "");
        assertThat(applications.findById(applicationId).orElseThrow().getStatus()).isEqualTo(ApplicationStatus.ELIGIBLE);
    }

    @Test
    void one_second_after_the_revision_deadline_a_change_is_refused_the_earlier_version_stands_and_the_draft_is_kept() {
        screening.requestRevision(applicationId, "Мақсаттарды нақтылаңыз", revisionDeadline);
        accounts.signInAs(applicant);
        var details = applicationService.get(applicationId);
        applicationService.saveDraft(applicationId, retitled(details.content(), "Жартылай түзетілген атау"));

        clock.set(revisionDeadline.plusSeconds(1));
        assertThatThrownBy(() -> applicationService.saveDraft(applicationId,
                retitled(details.content(), "Кеш түзетілген атау")))
                .isInstanceOfSatisfying(ApplicationRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ApplicationRefusedException.Reason.REVISION_CLOSED));
        assertThat(applicationService.submit(applicationId).content().title())
                .as("sending again changes nothing: the earlier submission stands")
                .isEqualTo("Ауылдағы робототехника үйірмесі");

        var application = applicationService.get(applicationId);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.content().title()).as("the earlier version stands")
                .isEqualTo("Ауылдағы робототехника үйірмесі");
        assertThat(jdbc.sql("select kept_draft_json from revision_request where application_id = :id")
                .param("id", applicationId).query(String.class).single()).as("the unsent draft is kept")
                .contains("Жартылай түзетілген атау");

        accounts.signInAs("admin@urpaq.local");
        assertThat(screening.revisions(applicationId)).singleElement()
                .satisfies(r -> assertThat(r.outcome()).isEqualTo("EXPIRED"));
        assertThat(screening.versions(applicationId)).extracting(VersionSummary::number).containsExactly(1);
    }

    @Test
    void a_revision_needs_a_note_and_a_deadline_in_the_future() {
        assertThatThrownBy(() -> screening.requestRevision(applicationId, " ", revisionDeadline))
                .isInstanceOfSatisfying(ScreeningRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screening.refused.note-required"));
        assertThatThrownBy(() -> screening.requestRevision(applicationId, "Түзетіңіз", clock.instant()))
                .isInstanceOfSatisfying(ScreeningRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screening.refused.deadline-past"));
        assertThat(applications.findById(applicationId).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.SUBMITTED);
    }
}
