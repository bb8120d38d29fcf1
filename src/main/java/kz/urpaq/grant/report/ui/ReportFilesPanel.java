package kz.urpaq.grant.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import kz.urpaq.base.ui.FileDownloads;
import com.vaadin.flow.server.streams.UploadEvent;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.UploadTexts;
import kz.urpaq.grant.ReportKind;
import kz.urpaq.grant.report.GrantReportService;
import kz.urpaq.grant.report.ReportDetails;
import kz.urpaq.grant.report.ReportFileView;
import kz.urpaq.submission.attachment.CheckedFiles;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.util.stream.IntStream;

/**
 * A report's receipts (each for one budget line of the application) and photos: listed with a download
 * for both sides; the recipient adds and removes them while the report can change. Files are checked
 * like attachments by the service; a refusal is shown beside the upload.
 */
class ReportFilesPanel extends Section {

    private final GrantReportService reports;
    private final long grantId;
    private final ReportKind kind;
    private final Runnable changed;
    private final Paragraph error = new Paragraph();

    ReportFilesPanel(GrantReportService reports, ReportDetails details, String idPrefix, Runnable changed) {
        this.reports = reports;
        this.grantId = details.grantId();
        this.kind = details.kind();
        this.changed = changed;
        addClassName("form-section");
        addClassName("report-files");
        error.addClassName("upload-error");
        error.setId(idPrefix + "file-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(new H2(getTranslation("grant.report.section.files")));
        if (details.editable()) {
            add(new Paragraph(getTranslation("grant.report.files.hint")));
        }
        var receipts = new UnorderedList();
        receipts.setId(idPrefix + "receipts");
        var photos = new UnorderedList();
        photos.setId(idPrefix + "photos");
        for (var file : details.files()) {
            var item = item(file, details, details.editable());
            (file.photo() ? photos : receipts).add(item);
        }
        var receiptsHeading = new Paragraph(getTranslation("grant.report.files.receipts"));
        receiptsHeading.addClassName("files-heading");
        var photosHeading = new Paragraph(getTranslation("grant.report.files.photos"));
        photosHeading.addClassName("files-heading");
        add(receiptsHeading, receipts);
        if (details.editable() && !details.plan().budget().isEmpty()) {
            var line = new Select<Integer>();
            line.setLabel(getTranslation("grant.report.files.receipt-line"));
            line.setItems(IntStream.range(0, details.plan().budget().size()).boxed().toList());
            line.setItemLabelGenerator(i -> details.plan().budget().get(i).item());
            line.setValue(0);
            line.setId(idPrefix + "receipt-line");
            var upload = upload(getTranslation("grant.report.files.add-receipt"), false);
            upload.setUploadHandler(event -> receive(event, line.getValue(), upload));
            upload.setId(idPrefix + "receipt-upload");
            add(line, upload);
        }
        add(photosHeading, photos);
        if (details.editable()) {
            var upload = upload(getTranslation("grant.report.files.add-photo"), true);
            upload.setUploadHandler(event -> receive(event, null, upload));
            upload.setId(idPrefix + "photo-upload");
            add(upload);
        }
        add(error);
    }

    private ListItem item(ReportFileView file, ReportDetails details, boolean removable) {
        var name = file.budgetLine() == null || file.budgetLine() >= details.plan().budget().size() ? file.name()
                : getTranslation("grant.report.files.receipt-of", file.name(),
                        details.plan().budget().get(file.budgetLine()).item());
        var link = new Anchor(download(file.id()), name);
        var item = new ListItem(link);
        if (removable) {
            var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                try {
                    reports.removeFile(grantId, kind, file.id());
                    changed.run();
                } catch (RefusedException refused) {
                    Notifications.refused(this, refused);
                }
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setAriaLabel(getTranslation("grant.report.files.remove", file.name()));
            item.add(remove);
        }
        return item;
    }

    private Upload upload(String label, boolean photo) {
        var upload = new Upload();
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) CheckedFiles.MAX_BYTES);
        upload.setAcceptedFileExtensions(photo ? new String[] {".jpg", ".jpeg", ".png"}
                : new String[] {".pdf", ".jpg", ".jpeg", ".png"});
        upload.getElement().setAttribute("aria-label", label);
        upload.setI18n(UploadTexts.of(this, getTranslation("conversation.file.too-big"),
                getTranslation(photo ? "grant.report.files.photo-type" : "conversation.file.wrong-type")));
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()));
        return upload;
    }

    /** Runs on the upload's own request, as the signed-in person; page changes go through {@code access}. */
    private void receive(UploadEvent event, @Nullable Integer budgetLine, Upload upload) throws IOException {
        var ui = event.getUI();
        try (var content = event.getInputStream()) {
            if (budgetLine == null) {
                reports.addPhoto(grantId, kind, event.getFileName(), content);
            } else {
                reports.addReceipt(grantId, kind, budgetLine, event.getFileName(), content);
            }
            ui.access(() -> {
                upload.clearFileList();
                showError(null);
                changed.run();
            });
        } catch (RefusedException refused) {
            event.reject(refused.messageKey());
            ui.access(() -> showError(Notifications.message(this, refused)));
        }
    }

    private void showError(@Nullable String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    private DownloadHandler download(long fileId) {
        return FileDownloads.of(() -> {
            var file = reports.file(grantId, fileId);
            return new FileDownloads.File(file.name(), file.mediaType(), file.bytes());
        });
    }
}
