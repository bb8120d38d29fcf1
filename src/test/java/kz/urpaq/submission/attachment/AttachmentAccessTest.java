package kz.urpaq.submission.attachment;

import kz.urpaq.submission.TestApplications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An applicant's files are theirs and the organisers'; the service refuses everyone else by itself. */
@SpringBootTest
class AttachmentAccessTest {

    private static Long competitionId;

    @Autowired
    ApplicationContext context;

    @Autowired
    AttachmentService attachmentService;

    private long aruzhansDraft;
    private long aruzhansFile;

    @BeforeEach
    void aruzhanHasADraftWithAFile() {
        if (competitionId == null) {
            competitionId = TestApplications.competition(context);
        }
        aruzhansDraft = TestApplications.draft(context, competitionId, "aruzhan@urpaq.local");
        aruzhansFile = TestApplications.attach(context, aruzhansDraft, AttachmentKind.PROJECT_DESCRIPTION,
                "Аружанның жобасы.pdf", FileType.PDF, TestFiles.pdf());
    }

    @Test
    @WithUserDetails(value = "daniyar@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void another_applicant_can_neither_list_nor_download_nor_remove_nor_add_files() {
        assertThatThrownBy(() -> attachmentService.list(aruzhansDraft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachmentService.kindsPresent(aruzhansDraft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachmentService.limits(aruzhansDraft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachmentService.openForDownload(aruzhansFile))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageNotContaining("Аружан");
        assertThatThrownBy(() -> attachmentService.delete(aruzhansFile)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachmentService.upload(aruzhansDraft, AttachmentKind.PRESENTATION, "mine.pdf",
                new ByteArrayInputStream(TestFiles.pdf()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "daniyar@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_id_that_does_not_exist_gets_the_same_refusal_as_someone_elses_file() {
        assertThatThrownBy(() -> attachmentService.openForDownload(Long.MAX_VALUE))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage(catchMessage(aruzhansFile));
    }

    @Test
    @WithUserDetails(value = "jury.science1@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_juror_can_neither_download_nor_list_files_before_review_assignments_exist() {
        assertThatThrownBy(() -> attachmentService.openForDownload(aruzhansFile)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachmentService.list(aruzhansDraft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachmentService.delete(aruzhansFile)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_administrator_lists_and_downloads_with_the_uploaded_name_but_cannot_change_the_files() throws IOException {
        assertThat(attachmentService.list(aruzhansDraft)).extracting(AttachmentView::id).containsExactly(aruzhansFile);
        try (var file = attachmentService.openForDownload(aruzhansFile)) {
            assertThat(file.originalName()).isEqualTo("Аружанның жобасы.pdf");
            assertThat(file.content().readAllBytes()).startsWith("%PDF-".getBytes());
        }
        assertThatThrownBy(() -> attachmentService.delete(aruzhansFile)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(value = "aruzhan@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void the_applicant_lists_downloads_and_removes_her_own_file() throws IOException {
        assertThat(attachmentService.list(aruzhansDraft)).extracting(AttachmentView::originalName)
                .containsExactly("Аружанның жобасы.pdf");
        try (var file = attachmentService.openForDownload(aruzhansFile)) {
            assertThat(file.originalName()).isEqualTo("Аружанның жобасы.pdf");
        }

        attachmentService.delete(aruzhansFile);

        assertThat(attachmentService.list(aruzhansDraft)).isEmpty();
    }

    private String catchMessage(long attachmentId) {
        try {
            attachmentService.openForDownload(attachmentId).close();
            throw new AssertionError("expected a refusal");
        } catch (AccessDeniedException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
