package kz.urpaq.submission.attachment.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import kz.urpaq.submission.TestApplications;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.attachment.AttachmentService;
import kz.urpaq.submission.attachment.AttachmentView;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
@WithUserDetails(value = "aruzhan@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
class AttachmentsPanelTest extends SpringBrowserlessTest {

    private static Long competitionId;

    @Autowired
    ApplicationContext context;

    @Autowired
    AttachmentService attachmentService;

    private long draft;

    @BeforeEach
    void newDraft() {
        if (competitionId == null) {
            competitionId = TestApplications.competition(context);
        }
        draft = TestApplications.draft(context, competitionId, "aruzhan@urpaq.local");
        UI.getCurrent().setLocale(Locale.of("kk"));
    }

    @Test
    void every_kind_has_a_row_and_each_file_shows_its_name_as_text_its_size_and_a_download_link() throws IOException {
        var uploaded = attachmentService.upload(draft, AttachmentKind.PROJECT_DESCRIPTION,
                "<script>alert(1)</script>.pdf", new ByteArrayInputStream(pdf()));

        var panel = show(new AttachmentsPanel(attachmentService, draft, true));

        assertThat($(Div.class, panel).withClassName("attachment-kind").all()).hasSize(AttachmentKind.values().length);
        var link = $(Anchor.class, panel).single();
        assertThat(link.getText()).isEqualTo("<script>alert(1)</script>.pdf");
        assertThat(link.getElement().getChildren()).allMatch(com.vaadin.flow.dom.Element::isTextNode);
        assertThat(link.getHref()).isEqualTo("files/" + uploaded.id());
        assertThat(link.isRouterIgnore()).isTrue();
        assertThat(panel.getElement().getTextRecursively()).contains("Жоба сипаттамасы", "Міндетті", "PDF", "КБ");
    }

    @Test
    void a_file_sent_through_the_upload_appears_in_its_row_and_the_form_hears_of_it() throws IOException {
        var panel = show(new AttachmentsPanel(attachmentService, draft, true));
        var changes = new AtomicInteger();
        panel.addChangeListener(changes::incrementAndGet);

        test(uploadOf(panel, AttachmentKind.PROJECT_DESCRIPTION)).upload("жоба.pdf", "application/pdf", pdf());

        assertThat(attachmentService.list(draft)).extracting(AttachmentView::originalName).containsExactly("жоба.pdf");
        assertThat($(Anchor.class, panel).single().getText()).isEqualTo("жоба.pdf");
        assertThat(changes).hasValue(1);
    }

    @Test
    void a_refused_file_is_explained_next_to_its_upload_in_the_persons_language() {
        var panel = show(new AttachmentsPanel(attachmentService, draft, true));
        var changes = new AtomicInteger();
        panel.addChangeListener(changes::incrementAndGet);

        test(uploadOf(panel, AttachmentKind.PROJECT_DESCRIPTION))
                .upload("жоба.pdf", "application/pdf", "жай мәтін".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        var row = rowOf(panel, AttachmentKind.PROJECT_DESCRIPTION);
        var error = $(Paragraph.class, row).withClassName("attachment-error").single();
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo(panel.getTranslation("attachment.rejected.unknown-type", "PDF"));
        assertThat(attachmentService.list(draft)).isEmpty();
        assertThat(changes).hasValue(0);
    }

    @Test
    void a_file_is_removed_only_after_confirmation() throws IOException {
        attachmentService.upload(draft, AttachmentKind.PRESENTATION, "слайдтар.pdf", new ByteArrayInputStream(pdf()));
        var panel = show(new AttachmentsPanel(attachmentService, draft, true));
        var changes = new AtomicInteger();
        panel.addChangeListener(changes::incrementAndGet);

        test($(Button.class, panel).withClassName("attachment-remove").single()).click();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(attachmentService.list(draft)).hasSize(1);

        test($(Button.class, panel).withClassName("attachment-remove").single()).click();
        test($(ConfirmDialog.class).last()).confirm();

        assertThat(attachmentService.list(draft)).isEmpty();
        assertThat($(Anchor.class, panel).all()).isEmpty();
        assertThat(changes).hasValue(1);
    }

    @Test
    void a_kind_without_a_file_offers_its_upload_at_once_and_a_kind_with_one_on_request() throws IOException {
        attachmentService.upload(draft, AttachmentKind.PRESENTATION, "слайдтар.pdf", new ByteArrayInputStream(pdf()));
        var panel = show(new AttachmentsPanel(attachmentService, draft, true));

        var description = rowOf(panel, AttachmentKind.PROJECT_DESCRIPTION);
        assertThat($(Upload.class, description).all()).hasSize(1);
        assertThat($(Paragraph.class, description).withClassName("attachment-none").single().getText())
                .isEqualTo(panel.getTranslation("attachments.none"));
        assertThat($(Paragraph.class, description).withClassName("attachment-error").all()).isEmpty();
        var presentation = rowOf(panel, AttachmentKind.PRESENTATION);
        assertThat($(Upload.class, presentation).all()).isEmpty();
        assertThat($(Paragraph.class, presentation).withClassName("attachment-none").all()).isEmpty();
        var addAnother = $(Button.class, presentation).withClassName("attachment-add").single();
        assertThat(addAnother.getText()).isEqualTo(panel.getTranslation("attachments.add-another"));
        assertThat(addAnother.getAriaLabel()).hasValue(panel.getTranslation("attachments.add-another.label",
                panel.getTranslation(AttachmentKind.PRESENTATION.labelKey())));

        test(addAnother).click();

        assertThat($(Button.class, presentation).withClassName("attachment-add").all()).isEmpty();
        test($(Upload.class, presentation).single()).upload("екінші.pdf", "application/pdf", pdf());
        assertThat($(Anchor.class, presentation).all()).extracting(Anchor::getText)
                .containsExactlyInAnyOrder("слайдтар.pdf", "екінші.pdf");
    }

    @Test
    void the_upload_speaks_the_persons_language() {
        var panel = show(new AttachmentsPanel(attachmentService, draft, true));

        var texts = uploadOf(panel, AttachmentKind.COST_ESTIMATE).getElement().getPropertyRaw("i18n").toString();
        assertThat(texts).contains(panel.getTranslation("attachments.upload.add-one"),
                panel.getTranslation("attachments.upload.drop-one"), "PDF, XLSX");
    }

    @Test
    void a_read_only_panel_offers_downloads_but_no_upload_and_no_removal() throws IOException {
        attachmentService.upload(draft, AttachmentKind.PRESENTATION, "слайдтар.pdf", new ByteArrayInputStream(pdf()));

        var panel = show(new AttachmentsPanel(attachmentService, draft, false));

        assertThat($(Anchor.class, panel).all()).hasSize(1);
        assertThat($(Upload.class, panel).all()).isEmpty();
        assertThat($(Button.class, panel).all()).isEmpty();
    }

    @Test
    void a_wrong_file_is_explained_naming_exactly_the_types_its_field_accepts_in_every_language() {
        var text = "жай мәтін".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (var language : java.util.List.of("kk", "ru", "en")) {
            UI.getCurrent().setLocale(Locale.of(language));
            var panel = show(new AttachmentsPanel(attachmentService, draft, true));

            test(uploadOf(panel, AttachmentKind.PROJECT_DESCRIPTION)).upload("жоба.pdf", "application/pdf", text);
            var pdfOnly = $(Paragraph.class, rowOf(panel, AttachmentKind.PROJECT_DESCRIPTION))
                    .withClassName("attachment-error").single().getText();
            test(uploadOf(panel, AttachmentKind.IDENTITY_DOCUMENT)).upload("passport.png", "image/png", text);
            var identity = $(Paragraph.class, rowOf(panel, AttachmentKind.IDENTITY_DOCUMENT))
                    .withClassName("attachment-error").single().getText();

            assertThat(pdfOnly).as(language).contains("PDF").doesNotContain("JPEG", "PNG", "XLSX");
            assertThat(identity).as(language).contains("PDF", "JPEG", "PNG").doesNotContain("XLSX");
            UI.getCurrent().remove(panel);
        }
    }

    @Test
    void the_upload_tells_the_browser_the_limit_and_the_accepted_names() {
        var panel = show(new AttachmentsPanel(attachmentService, draft, true));

        var identity = uploadOf(panel, AttachmentKind.IDENTITY_DOCUMENT);
        assertThat(identity.getMaxFileSize()).isEqualTo((int) TestApplications.DEFAULT_MAX_FILE_BYTES);
        assertThat(identity.getAcceptedFileExtensions()).containsExactly(".pdf", ".jpg", ".jpeg", ".png");
        assertThat(uploadOf(panel, AttachmentKind.COST_ESTIMATE).getAcceptedFileExtensions())
                .containsExactly(".pdf", ".xlsx");
    }

    private AttachmentsPanel show(AttachmentsPanel panel) {
        UI.getCurrent().add(panel);
        return panel;
    }

    private Div rowOf(AttachmentsPanel panel, AttachmentKind kind) {
        return $(Div.class, panel).withClassName("attachment-kind").all().stream()
                .filter(row -> kind.name().equals(row.getElement().getAttribute("data-kind")))
                .findFirst().orElseThrow();
    }

    private Upload uploadOf(AttachmentsPanel panel, AttachmentKind kind) {
        return $(Upload.class, rowOf(panel, kind)).single();
    }

    private static byte[] pdf() throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
