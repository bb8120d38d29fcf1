package kz.urpaq.submission.attachment;

import kz.urpaq.submission.TestApplications;
import kz.urpaq.submission.attachment.AttachmentRejectedException.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithUserDetails(value = "aruzhan@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
class AttachmentServiceTest {

    private static final String ARUZHAN = "aruzhan@urpaq.local";
    private static Long competitionId;

    @Autowired
    ApplicationContext context;

    @Autowired
    AttachmentService attachmentService;

    @Autowired
    AttachmentRepository attachmentRepository;

    @Autowired
    AttachmentStore store;

    private long draft;

    @BeforeEach
    void newDraft() {
        if (competitionId == null) {
            competitionId = TestApplications.competition(context);
        }
        draft = TestApplications.draft(context, competitionId, ARUZHAN);
    }

    @Test
    void a_real_pdf_is_kept_as_the_project_description_and_listed_with_its_name_and_size() {
        var pdf = TestFiles.pdf();

        var uploaded = upload(AttachmentKind.PROJECT_DESCRIPTION, "Жоба сипаттамасы.pdf", pdf);

        assertThat(uploaded.fileType()).isEqualTo(FileType.PDF);
        assertThat(uploaded.sizeBytes()).isEqualTo(pdf.length);
        assertThat(uploaded.downloadPath()).isEqualTo("files/" + uploaded.id());
        assertThat(attachmentService.list(draft)).singleElement().satisfies(listed -> {
            assertThat(listed.originalName()).isEqualTo("Жоба сипаттамасы.pdf");
            assertThat(listed.kind()).isEqualTo(AttachmentKind.PROJECT_DESCRIPTION);
            assertThat(listed.sizeBytes()).isEqualTo(pdf.length);
        });
        assertThat(attachmentService.limits(draft).usedBytes()).isEqualTo(pdf.length);
    }

    @Test
    void a_text_file_named_pdf_is_refused() {
        assertRefused(AttachmentKind.PROJECT_DESCRIPTION, "project.pdf",
                TestFiles.text("Бұл жай мәтін, PDF емес.\n"), Reason.UNKNOWN_TYPE);
    }

    @Test
    void an_empty_file_is_refused() {
        assertRefused(AttachmentKind.PROJECT_DESCRIPTION, "empty.pdf", new byte[0], Reason.EMPTY);
    }

    @Test
    void the_first_half_of_a_real_pdf_is_refused() {
        var pdf = TestFiles.pdf();

        assertRefused(AttachmentKind.PROJECT_DESCRIPTION, "half.pdf", Arrays.copyOf(pdf, pdf.length / 2),
                Reason.DAMAGED_PDF);
    }

    @Test
    void a_windows_program_named_png_is_refused() {
        assertRefused(AttachmentKind.IDENTITY_DOCUMENT, "passport.png", TestFiles.windowsExecutable(),
                Reason.EXECUTABLE);
    }

    @Test
    void png_and_jpeg_are_accepted_as_identity_document_but_not_as_project_description() {
        assertThat(upload(AttachmentKind.IDENTITY_DOCUMENT, "front.png", TestFiles.png()).fileType())
                .isEqualTo(FileType.PNG);
        assertThat(upload(AttachmentKind.IDENTITY_DOCUMENT, "back.jpg", TestFiles.jpeg()).fileType())
                .isEqualTo(FileType.JPEG);

        assertRefused(AttachmentKind.PROJECT_DESCRIPTION, "description.png", TestFiles.png(), Reason.TYPE_NOT_ACCEPTED);
        assertRefused(AttachmentKind.PROJECT_DESCRIPTION, "description.jpg", TestFiles.jpeg(),
                Reason.TYPE_NOT_ACCEPTED);
    }

    @Test
    void an_xlsx_workbook_is_accepted_as_cost_estimate_but_not_as_presentation() {
        assertThat(upload(AttachmentKind.COST_ESTIMATE, "смета.xlsx", TestFiles.xlsx()).fileType())
                .isEqualTo(FileType.XLSX);

        assertRefused(AttachmentKind.PRESENTATION, "slides.xlsx", TestFiles.xlsx(), Reason.TYPE_NOT_ACCEPTED);
    }

    @Test
    void a_file_over_the_competitions_limit_per_file_is_refused() {
        var pdf = TestFiles.pdf();
        var strict = TestApplications.competition(context, pdf.length - 1, TestApplications.DEFAULT_MAX_APPLICATION_BYTES);
        var application = TestApplications.draft(context, strict, ARUZHAN);

        assertThatThrownBy(() -> attachmentService.upload(application, AttachmentKind.PROJECT_DESCRIPTION, "big.pdf",
                new ByteArrayInputStream(pdf)))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.FILE_TOO_LARGE));
        assertThat(attachmentService.list(application)).isEmpty();
    }

    @Test
    void ten_megabytes_and_one_byte_are_refused_after_reading_no_further_than_the_limit() {
        var read = new AtomicLong();
        InputStream huge = new FilterInputStream(TestFiles.pseudoRandom(200L * 1024 * 1024, 1)) {
            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                int count = super.read(target, offset, length);
                read.addAndGet(Math.max(count, 0));
                return count;
            }
        };

        assertThatThrownBy(() -> attachmentService.upload(draft, AttachmentKind.PROJECT_DESCRIPTION, "huge.pdf", huge))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.FILE_TOO_LARGE));
        assertThat(read.get()).isEqualTo(TestApplications.DEFAULT_MAX_FILE_BYTES + 1);
    }

    @Test
    void the_files_of_an_application_together_stay_within_the_competitions_limit() {
        var pdf = TestFiles.pdf();
        var strict = TestApplications.competition(context, TestApplications.DEFAULT_MAX_FILE_BYTES,
                2L * pdf.length + pdf.length / 2);
        var application = TestApplications.draft(context, strict, ARUZHAN);
        attachmentService.upload(application, AttachmentKind.PROJECT_DESCRIPTION, "one.pdf", new ByteArrayInputStream(pdf));
        attachmentService.upload(application, AttachmentKind.PRESENTATION, "two.pdf", new ByteArrayInputStream(pdf));

        assertThatThrownBy(() -> attachmentService.upload(application, AttachmentKind.COST_ESTIMATE, "three.pdf",
                new ByteArrayInputStream(pdf)))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.APPLICATION_TOO_LARGE));
        assertThat(attachmentService.list(application)).hasSize(2);
        assertThat(attachmentService.limits(application).remainingBytes()).isEqualTo(pdf.length / 2);
    }

    @Test
    void storage_names_are_random_url_safe_and_unrelated_to_the_uploaded_name() {
        var first = upload(AttachmentKind.IDENTITY_DOCUMENT, "passport.png", TestFiles.png());
        var second = upload(AttachmentKind.IDENTITY_DOCUMENT, "passport.png", TestFiles.png());

        var firstName = attachmentRepository.findById(first.id()).orElseThrow().getStorageName();
        var secondName = attachmentRepository.findById(second.id()).orElseThrow().getStorageName();
        assertThat(firstName).matches("[A-Za-z0-9_-]{32}").doesNotContainIgnoringCase("passport");
        assertThat(secondName).matches("[A-Za-z0-9_-]{32}").isNotEqualTo(firstName);
    }

    @Test
    void a_submitted_application_takes_no_new_files_and_keeps_the_ones_it_has() {
        var kept = upload(AttachmentKind.PROJECT_DESCRIPTION, "description.pdf", TestFiles.pdf());
        TestApplications.submit(context, draft);

        assertRefused(AttachmentKind.PRESENTATION, "late.pdf", TestFiles.pdf(), Reason.NOT_A_DRAFT);
        assertThatThrownBy(() -> attachmentService.delete(kept.id()))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_DRAFT));
        assertThat(attachmentService.list(draft)).extracting(AttachmentView::id).containsExactly(kept.id());
    }

    @Test
    void removing_a_file_from_a_draft_removes_its_bytes_too() {
        var uploaded = upload(AttachmentKind.PRESENTATION, "slides.pdf", TestFiles.pdf());
        var storageName = attachmentRepository.findById(uploaded.id()).orElseThrow().getStorageName();

        attachmentService.delete(uploaded.id());

        assertThat(attachmentService.list(draft)).isEmpty();
        assertThatThrownBy(() -> store.open(storageName)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void the_checklist_learns_which_kinds_of_file_are_there() {
        assertThat(attachmentService.kindsPresent(draft)).isEmpty();

        upload(AttachmentKind.PROJECT_DESCRIPTION, "description.pdf", TestFiles.pdf());
        upload(AttachmentKind.IDENTITY_DOCUMENT, "front.png", TestFiles.png());
        upload(AttachmentKind.IDENTITY_DOCUMENT, "back.png", TestFiles.png());

        assertThat(attachmentService.kindsPresent(draft))
                .containsExactlyInAnyOrder(AttachmentKind.PROJECT_DESCRIPTION, AttachmentKind.IDENTITY_DOCUMENT);
    }

    @Test
    void the_owner_downloads_the_same_bytes_with_the_uploaded_name_ending_in_the_real_type() throws IOException {
        var png = TestFiles.png();
        var uploaded = upload(AttachmentKind.IDENTITY_DOCUMENT, "куәлік.pdf", png);

        try (var file = attachmentService.openForDownload(uploaded.id())) {
            assertThat(file.content().readAllBytes()).isEqualTo(png);
            assertThat(file.fileType()).isEqualTo(FileType.PNG);
            assertThat(file.fileName()).isEqualTo("identity-document-" + uploaded.id() + ".png");
            assertThat(file.originalName()).isEqualTo("куәлік.pdf.png");
        }
    }

    @Test
    void a_script_in_the_file_name_is_kept_as_text_and_cannot_break_out_of_the_download_header() throws IOException {
        var uploaded = upload(AttachmentKind.PROJECT_DESCRIPTION, "<script>alert(1)</script>.pdf", TestFiles.pdf());

        assertThat(attachmentService.list(draft)).singleElement()
                .extracting(AttachmentView::originalName).isEqualTo("<script>alert(1)</script>.pdf");
        try (var file = attachmentService.openForDownload(uploaded.id())) {
            assertThat(AttachmentDownloadController.contentDisposition(file)).isEqualTo(
                    "attachment; filename=\"project-description-" + uploaded.id() + ".pdf\"; "
                            + "filename*=UTF-8''%3Cscript%3Ealert%281%29%3C%2Fscript%3E.pdf");
        }
    }

    @Test
    void quotes_and_line_breaks_in_a_name_never_reach_the_download_header_as_themselves() throws IOException {
        var uploaded = upload(AttachmentKind.PROJECT_DESCRIPTION, "a\"; filename=\"evil.exe\r\nSet-Cookie: x=1.pdf",
                TestFiles.pdf());

        try (var file = attachmentService.openForDownload(uploaded.id())) {
            var header = AttachmentDownloadController.contentDisposition(file);
            assertThat(header).doesNotContain("\r", "\n", "evil.exe\"", "Set-Cookie: ");
            assertThat(header.chars().filter(c -> c == '"')).hasSize(2);
        }
    }

    @Test
    void names_lose_folders_and_invisible_characters_but_keep_their_letters() {
        assertThat(AttachmentService.cleanName("C:\\fakepath\\Жоба.pdf")).isEqualTo("Жоба.pdf");
        assertThat(AttachmentService.cleanName("a/b <c>.pdf")).isEqualTo("a/b <c>.pdf");
        assertThat(AttachmentService.cleanName("photo\u202Egnp.exe")).isEqualTo("photognp.exe");
        assertThat(AttachmentService.cleanName("line\r\nbreak.pdf")).isEqualTo("linebreak.pdf");
        assertThat(AttachmentService.cleanName("  ")).isEqualTo("file");
        assertThat(AttachmentService.cleanName("ә".repeat(300))).hasSize(255);
    }

    @Test
    void a_png_header_without_a_picture_is_refused_as_an_identity_document() {
        assertRefused(AttachmentKind.IDENTITY_DOCUMENT, "passport.png", HostileFiles.emptyPng(), Reason.DAMAGED_IMAGE);
    }

    @Test
    void a_picture_declaring_fifty_thousand_pixels_square_is_refused() {
        assertRefused(AttachmentKind.IDENTITY_DOCUMENT, "passport.png", HostileFiles.hugePng(50_000, 50_000),
                Reason.IMAGE_TOO_LARGE);
    }

    @Test
    void a_workbook_that_unpacks_far_beyond_a_cost_estimate_is_refused_without_being_unpacked() throws IOException {
        var bomb = new java.io.ByteArrayOutputStream();
        HostileFiles.zipBomb(bomb, 100L * 1024 * 1024);
        assertThat(bomb.size()).isLessThan(1024 * 1024);

        assertRefused(AttachmentKind.COST_ESTIMATE, "смета.xlsx", bomb.toByteArray(), Reason.SPREADSHEET_TOO_LARGE);
        assertRefused(AttachmentKind.COST_ESTIMATE, "смета.xlsx", HostileFiles.workbookOfManyParts(1000),
                Reason.SPREADSHEET_TOO_LARGE);
    }

    @Test
    void a_zip_in_a_field_for_pdfs_is_a_wrong_type_not_a_damaged_workbook() {
        assertRefused(AttachmentKind.PROJECT_DESCRIPTION, "project.pdf", TestFiles.plainZip(), Reason.TYPE_NOT_ACCEPTED);
        assertRefused(AttachmentKind.PROJECT_DESCRIPTION, "project.pdf", TestFiles.xlsm(), Reason.TYPE_NOT_ACCEPTED);
    }

    @Test
    void a_photo_is_kept_without_its_metadata_and_with_its_pixels() throws IOException {
        var uploaded = upload(AttachmentKind.IDENTITY_DOCUMENT, "passport.jpg", HostileFiles.jpeg(1));

        var stored = attachmentRepository.findById(uploaded.id()).orElseThrow();
        byte[] kept;
        try (var in = store.open(stored.getStorageName())) {
            kept = in.readAllBytes();
        }
        assertThat(new String(kept, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Nurlanovna");
        assertThat(uploaded.sizeBytes()).isEqualTo(kept.length);
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(kept)).getWidth()).isEqualTo(64);
        assertThat(stored.getBlindStorageName()).as("identity documents are never shown to jurors").isNull();
    }

    @Test
    void a_pdf_for_jurors_gets_its_clean_copy_at_upload_and_keeps_its_original_for_the_applicant() throws IOException {
        var original = HostileFiles.pdf();

        var uploaded = upload(AttachmentKind.PROJECT_DESCRIPTION, "жоба.pdf", original);

        var stored = attachmentRepository.findById(uploaded.id()).orElseThrow();
        assertThat(stored.getSizeBytes()).isEqualTo(original.length);
        assertThat(stored.getBlindStorageName()).isNotNull();
        byte[] blind;
        try (var in = store.open(stored.getBlindStorageName())) {
            blind = in.readAllBytes();
        }
        assertThat(stored.getBlindSizeBytes()).isEqualTo(blind.length);
        assertThat(HostileFiles.everythingIn(blind)).doesNotContain("Nurlanovna", "JavaScript");
        assertThat(attachmentService.limits(draft).usedBytes()).isEqualTo(original.length);

        attachmentService.delete(uploaded.id());
        assertThatThrownBy(() -> store.open(stored.getBlindStorageName())).isInstanceOf(NoSuchFileException.class);
    }

    private AttachmentView upload(AttachmentKind kind, String name, byte[] content) {
        return attachmentService.upload(draft, kind, name, new ByteArrayInputStream(content));
    }

    private void assertRefused(AttachmentKind kind, String name, byte[] content, Reason reason) {
        assertThatThrownBy(() -> upload(kind, name, content))
                .isInstanceOfSatisfying(AttachmentRejectedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
        assertThat(attachmentService.list(draft)).noneMatch(a -> a.originalName().equals(name) && a.kind() == kind);
    }
}
