package kz.urpaq.review;

import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.BlindReadingService;
import kz.urpaq.submission.TestApplications;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.attachment.DownloadProbe;
import kz.urpaq.submission.attachment.FileType;
import kz.urpaq.testing.TestAccounts;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a juror gets of an application: the project, neutral file names, PDFs without metadata. */
@SpringBootTest
class BlindReadingTest {

    @Autowired
    BlindReadingService blindReading;

    @Autowired
    AssignmentService assignmentService;

    @Autowired
    JuryPanelService panelService;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    BlindApplicant blindApplicant;

    @Autowired
    TestAccounts accounts;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        accounts.signOut();
    }

    @Test
    void a_juror_gets_the_project_and_files_without_anything_that_names_the_applicant() throws Exception {
        var setup = fixture.build(new int[]{2}, new int[]{0}, 10);
        long application = setup.panel(0).applications().getFirst();
        var identity = blindApplicant.identify(setup.applicantId(), application);
        var originalName = identity.getFirst() + " жобасы.pdf";
        long pdf = TestApplications.attach(context, application, AttachmentKind.PROJECT_DESCRIPTION, originalName,
                FileType.PDF, BlindApplicant.pdfNaming(identity.getFirst()));
        long passport = TestApplications.attach(context, application, AttachmentKind.IDENTITY_DOCUMENT, "passport.pdf",
                FileType.PDF, BlindApplicant.pdfNaming(identity.getFirst()));
        var juror = fixture.jurorEmail();
        long jurorId = fixture.accountId(juror);
        SystemTask.run(() -> panelService.addMember(setup.id(), setup.panel(0).directionId(), jurorId, 10));
        SystemTask.run(() -> assignmentService.add(application, jurorId));

        accounts.signInAs(juror);
        var read = blindReading.read(application);
        assertThat(read.toString()).doesNotContain(identity).doesNotContain(originalName);
        assertThat(read.teamSize()).isEqualTo(2);
        assertThat(read.attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("project-description-" + pdf + ".pdf");
            assertThat(file.downloadPath()).isEqualTo("files/review/" + pdf);
        });

        var response = new org.springframework.mock.web.MockHttpServletResponse();
        DownloadProbe.review(context, pdf, response);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("inline; filename=\"project-description-" + pdf + ".pdf\"")
                .doesNotContain("filename*");
        var body = response.getContentAsByteArray();
        assertThat(new String(body, StandardCharsets.ISO_8859_1)).doesNotContain("Sapar")
                .doesNotContain(identity.getFirst());
        try (var document = Loader.loadPDF(body)) {
            var info = document.getDocumentInformation();
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getTitle()).isNull();
            assertThat(info.getSubject()).isNull();
            assertThat(info.getKeywords()).isNull();
            assertThat(info.getCreator()).isNull();
            assertThat(info.getProducer()).isNull();
            assertThat(document.getDocumentCatalog().getMetadata()).isNull();
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }

        var refused = new org.springframework.mock.web.MockHttpServletResponse();
        DownloadProbe.review(context, passport, refused);
        assertThat(refused.getStatus()).isEqualTo(404);
        var plain = new org.springframework.mock.web.MockHttpServletResponse();
        DownloadProbe.owner(context, pdf, plain);
        assertThat(plain.getStatus()).isEqualTo(404);
    }

    @Test
    void other_jurors_conflicted_jurors_applicants_and_closed_review_get_nothing() throws Exception {
        var setup = fixture.build(new int[]{2}, new int[]{0}, 10);
        long application = setup.panel(0).applications().getFirst();
        long file = TestApplications.attach(context, application, AttachmentKind.PROJECT_DESCRIPTION, "x.pdf",
                FileType.PDF, BlindApplicant.pdfNaming("Аноним"));
        var stranger = fixture.jurorEmail();
        var conflicted = fixture.jurorEmail();
        long conflictedId = fixture.accountId(conflicted);
        SystemTask.run(() -> panelService.addMember(setup.id(), setup.panel(0).directionId(), conflictedId, 10));
        long assignment = SystemTask.run(() -> assignmentService.add(application, conflictedId)).assignmentId();

        accounts.signInAs(stranger);
        assertThatThrownBy(() -> blindReading.read(application)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> blindReading.open(file)).isInstanceOf(AccessDeniedException.class);
        accounts.signOut();

        accounts.signInAs(conflicted);
        assertThat(blindReading.read(application).applicationId()).isEqualTo(application);
        jdbc.update("update competition set phase = 'DELIBERATION' where id = ?", setup.id());
        assertThatThrownBy(() -> blindReading.open(file)).isInstanceOf(AccessDeniedException.class);
        jdbc.update("update competition set phase = 'REVIEW' where id = ?", setup.id());
        assignmentService.declareConflict(assignment, "Туысым");
        assertThatThrownBy(() -> blindReading.read(application)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> blindReading.open(file)).isInstanceOf(AccessDeniedException.class);
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        DownloadProbe.review(context, file, response);
        assertThat(response.getStatus()).isEqualTo(404);
        accounts.signOut();

        accounts.signInAs(accounts.newApplicant());
        assertThatThrownBy(() -> blindReading.read(application)).isInstanceOf(AccessDeniedException.class);
    }
}
