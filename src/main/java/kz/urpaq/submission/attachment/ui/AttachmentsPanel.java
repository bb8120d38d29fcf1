package kz.urpaq.submission.attachment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.shared.Registration;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.attachment.AttachmentLimits;
import kz.urpaq.submission.attachment.AttachmentRejectedException;
import kz.urpaq.submission.attachment.AttachmentService;
import kz.urpaq.submission.attachment.AttachmentView;
import kz.urpaq.submission.attachment.FileType;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of one application, kind by kind: what is there (name, size, download link) and,
 * while the application is a draft, adding and removing. Uploads stream to the server, which
 * judges every file by its content; the reasons it refuses one are shown next to the upload.
 */
public class AttachmentsPanel extends Section {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * 1024;

    /**
     * The uploads' texts, one copy per language, kind and limit for the whole server. Upload.setI18n
     * would keep a bean and a JSON tree of some thirty texts in each upload of each session; Flow
     * only reads the property's JSON to send it, so sessions can share one tree that nobody changes.
     */
    private static final Map<ObjectNode, ObjectNode> UPLOAD_TEXTS = new ConcurrentHashMap<>();

    private final AttachmentService attachments;
    private final long applicationId;
    private final boolean editable;
    private final Paragraph usage = new Paragraph();
    private final Map<AttachmentKind, KindRow> rows = new EnumMap<>(AttachmentKind.class);
    private final List<Runnable> changeListeners = new ArrayList<>();
    private AttachmentLimits limits;

    public AttachmentsPanel(AttachmentService attachments, long applicationId, boolean editable) {
        this.attachments = attachments;
        this.applicationId = applicationId;
        this.editable = editable;
        this.limits = attachments.limits(applicationId);
        addClassName("attachments-panel");
        usage.addClassName("attachments-usage");
        add(new H2(getTranslation("attachments.title")));
        // The limits and accepted formats are advice for uploading: not shown once files cannot change.
        if (editable) {
            add(usage);
        }
        for (var kind : AttachmentKind.values()) {
            var row = new KindRow(kind);
            rows.put(kind, row);
            add(row);
        }
        refresh();
    }

    /** Runs after every upload and removal: the application form refreshes its checklist. */
    Registration addChangeListener(Runnable listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /** Shows the files as they are now. */
    void refresh() {
        limits = attachments.limits(applicationId);
        usage.setText(getTranslation("attachments.usage", size(limits.usedBytes()), size(limits.maxApplicationBytes()),
                size(limits.maxFileBytes())));
        var byKind = attachments.list(applicationId).stream()
                .collect(Collectors.groupingBy(AttachmentView::kind));
        rows.forEach((kind, row) -> row.show(byKind.getOrDefault(kind, List.of())));
    }

    private void changed() {
        refresh();
        List.copyOf(changeListeners).forEach(Runnable::run);
    }

    private String size(long bytes) {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        if (bytes < MIB) {
            format.setMaximumFractionDigits(bytes < 10 * KIB ? 1 : 0);
            return getTranslation("attachments.size.kb", format.format(Math.max(bytes, 1) / (double) KIB));
        }
        return getTranslation("attachments.size.mb", format.format(bytes / (double) MIB));
    }

    private static String typeNames(AttachmentKind kind) {
        return kind.accepted().stream()
                .sorted(Comparator.naturalOrder())
                .map(FileType::name)
                .collect(Collectors.joining(", "));
    }

    /** A refusal as its message says it, with the limits it came with (image and workbook caps). */
    private String rejection(AttachmentRejectedException rejected, AttachmentKind kind) {
        return switch (rejected.reason()) {
            case FILE_TOO_LARGE, APPLICATION_TOO_LARGE, TYPE_NOT_ACCEPTED, UNKNOWN_TYPE -> rejection(rejected.reason(), kind);
            default -> getTranslation(rejected.messageKey(), rejected.arguments());
        };
    }

    /** The refusals whose figures are this competition's limits or this field's types: the form names them. */
    private String rejection(AttachmentRejectedException.Reason reason, AttachmentKind kind) {
        return switch (reason) {
            case FILE_TOO_LARGE -> getTranslation(reason.messageKey(), size(limits.maxFileBytes()));
            case APPLICATION_TOO_LARGE -> getTranslation(reason.messageKey(), size(limits.maxApplicationBytes()));
            case TYPE_NOT_ACCEPTED, UNKNOWN_TYPE -> getTranslation(reason.messageKey(), typeNames(kind));
            default -> getTranslation(reason.messageKey());
        };
    }

    /**
     * One kind of file: its label, what it accepts, its files, and the upload. Every element is
     * a state node the session keeps (docs/benchmarks.md §2), so a row holds only what it shows:
     * the "no file" line while there is none, the error line while there is an error, and the
     * upload while the kind has no file or the person asks to add another.
     */
    private final class KindRow extends Div {

        private final AttachmentKind kind;
        private final UnorderedList files = new UnorderedList();
        private @Nullable Paragraph none;
        private @Nullable Paragraph error;
        private @Nullable Upload upload;
        private @Nullable Button addAnother;

        KindRow(AttachmentKind kind) {
            this.kind = kind;
            addClassName("attachment-kind");
            getElement().setAttribute("data-kind", kind.name());

            var title = new H3(getTranslation(kind.labelKey()));
            var badge = new Span(getTranslation(kind.isRequired() ? "attachments.required" : "attachments.optional"));
            badge.addClassName(kind.isRequired() ? "attachment-required" : "attachment-optional");
            var header = new Div(title, badge);
            header.addClassName("attachment-kind-header");
            files.addClassName("attachment-files");
            add(header);
            if (editable) {
                var accepts = new Paragraph(getTranslation("attachments.accepts", typeNames(kind)));
                accepts.addClassName("attachment-accepts");
                add(accepts);
            }
            add(files);
        }

        void show(List<AttachmentView> attachmentsOfKind) {
            files.removeAll();
            attachmentsOfKind.forEach(attachment -> files.add(item(attachment)));
            // The list stays (CSS hides it when empty): Flow does not send changes inside an
            // invisible component, so a hidden list would keep stale links in the browser.
            showNone(attachmentsOfKind.isEmpty());
            if (editable && upload == null) {
                if (attachmentsOfKind.isEmpty()) {
                    showUpload(false);
                } else if (addAnother == null) {
                    addAnother = new Button(getTranslation("attachments.add-another"), VaadinIcon.UPLOAD.create(),
                            click -> showUpload(true));
                    addAnother.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    addAnother.setAriaLabel(getTranslation("attachments.add-another.label",
                            getTranslation(kind.labelKey())));
                    addAnother.addClassName("attachment-add");
                    addComponentAtIndex(indexOf(files) + 1, addAnother);
                }
            }
        }

        private void showNone(boolean shown) {
            if (shown && none == null) {
                none = new Paragraph(getTranslation("attachments.none"));
                none.addClassName("attachment-none");
                addComponentAtIndex(indexOf(files) + 1, none);
            } else if (!shown && none != null) {
                remove(none);
                none = null;
            }
        }

        /** In place of the "add another" button, if there is one; {@code focus} puts the cursor on it. */
        private void showUpload(boolean focus) {
            var shown = newUpload();
            if (addAnother != null) {
                replace(addAnother, shown);
                addAnother = null;
            } else {
                addComponentAtIndex(indexOf(files) + (none == null ? 1 : 2), shown);
            }
            upload = shown;
            if (focus) {
                // The "add another" button it replaces had the focus: the upload's own button takes it.
                ((Button) shown.getUploadButton()).focus();
            }
        }

        private ListItem item(AttachmentView attachment) {
            // setText: the uploaded name is shown as text, never as markup.
            var link = new Anchor(attachment.downloadPath(), attachment.originalName());
            link.setRouterIgnore(true);
            link.setDownload(true);
            link.addClassName("attachment-name");
            var fileSize = new Span(size(attachment.sizeBytes()));
            fileSize.addClassName("attachment-size");
            var item = new ListItem(link, fileSize);
            item.addClassName("attachment-file");
            if (editable) {
                var remove = new Button(VaadinIcon.TRASH.create(), click -> confirmRemoval(attachment));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("attachments.remove.label", attachment.originalName()));
                remove.setTooltipText(getTranslation("attachments.remove"));
                remove.addClassName("attachment-remove");
                item.add(remove);
            }
            return item;
        }

        private void confirmRemoval(AttachmentView attachment) {
            var dialog = new ConfirmDialog();
            dialog.setHeader(getTranslation("attachments.remove.title"));
            dialog.setText(getTranslation("attachments.remove.text", attachment.originalName()));
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("attachments.remove.cancel"));
            dialog.setConfirmText(getTranslation("attachments.remove.confirm"));
            dialog.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                    + ButtonVariant.LUMO_PRIMARY.getVariantName());
            dialog.addConfirmListener(confirmed -> remove(attachment));
            dialog.open();
        }

        private void remove(AttachmentView attachment) {
            try {
                attachments.delete(attachment.id());
                showError(null);
            } catch (AttachmentRejectedException e) {
                showError(rejection(e, kind));
            }
            changed();
        }

        private Upload newUpload() {
            var newUpload = new Upload();
            newUpload.setUploadHandler(this::receive);
            newUpload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
            newUpload.setAcceptedFileExtensions(extensions(kind));
            newUpload.getElement().setPropertyJson("i18n", shared(JacksonUtils.beanToJson(uploadI18n())));
            newUpload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()));
            newUpload.addClassName("attachment-upload");
            newUpload.getElement().setAttribute("aria-label", getTranslation(kind.labelKey()));
            return newUpload;
        }

        /**
         * Runs on the upload's own request, outside the UI lock, as the signed-in person: the
         * service reads the stream as it arrives. Changes to the page go through {@code access}.
         */
        private void receive(UploadEvent event) throws IOException {
            var ui = event.getUI();
            try (var content = event.getInputStream()) {
                attachments.upload(applicationId, kind, event.getFileName(), content);
                ui.access(() -> {
                    if (upload != null) {
                        upload.clearFileList();
                    }
                    showError(null);
                    changed();
                });
            } catch (AttachmentRejectedException e) {
                event.reject(e.reason().name());
                ui.access(() -> showError(rejection(e, kind)));
            }
        }

        private void showError(@Nullable String message) {
            if (message == null) {
                if (error != null) {
                    remove(error);
                    error = null;
                }
                return;
            }
            if (error == null) {
                error = new Paragraph();
                error.addClassName("attachment-error");
                error.getElement().setAttribute("role", "alert");
                add(error);
            }
            error.setText(message);
        }

        private UploadI18N uploadI18n() {
            var i18n = new UploadI18N();
            i18n.setAddFiles(new UploadI18N.AddFiles()
                    .setOne(getTranslation("attachments.upload.add-one"))
                    .setMany(getTranslation("attachments.upload.add-many")));
            i18n.setDropFiles(new UploadI18N.DropFiles()
                    .setOne(getTranslation("attachments.upload.drop-one"))
                    .setMany(getTranslation("attachments.upload.drop-many")));
            i18n.setError(new UploadI18N.Error()
                    .setTooManyFiles(getTranslation("attachments.upload.too-many"))
                    .setFileIsTooBig(rejection(AttachmentRejectedException.Reason.FILE_TOO_LARGE, kind))
                    .setIncorrectFileType(rejection(AttachmentRejectedException.Reason.TYPE_NOT_ACCEPTED, kind)));
            i18n.setUploading(new UploadI18N.Uploading()
                    .setStatus(new UploadI18N.Uploading.Status()
                            .setConnecting(getTranslation("attachments.upload.connecting"))
                            .setStalled(getTranslation("attachments.upload.stalled"))
                            .setProcessing(getTranslation("attachments.upload.processing"))
                            .setHeld(getTranslation("attachments.upload.held")))
                    .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                            .setPrefix(getTranslation("attachments.upload.remaining"))
                            .setUnknown(getTranslation("attachments.upload.remaining-unknown")))
                    .setError(new UploadI18N.Uploading.Error()
                            .setServerUnavailable(getTranslation("attachments.upload.server-unavailable"))
                            .setUnexpectedServerError(getTranslation("attachments.upload.unexpected"))
                            .setForbidden(getTranslation("attachments.upload.refused"))
                            .setFileTooLarge(rejection(AttachmentRejectedException.Reason.FILE_TOO_LARGE, kind))));
            i18n.setFile(new UploadI18N.File()
                    .setRetry(getTranslation("attachments.upload.retry"))
                    .setStart(getTranslation("attachments.upload.start"))
                    .setRemove(getTranslation("attachments.upload.remove")));
            i18n.setUnits(Arrays.asList(getTranslation("attachments.upload.units").split(",")), (int) KIB);
            return i18n;
        }
    }

    private static ObjectNode shared(ObjectNode texts) {
        var known = UPLOAD_TEXTS.putIfAbsent(texts, texts);
        return known == null ? texts : known;
    }

    /** The names a file of this kind may have: a hint for the file picker and a first check. */
    static String[] extensions(AttachmentKind kind) {
        return kind.accepted().stream()
                .sorted(Comparator.naturalOrder())
                .flatMap(type -> type == FileType.JPEG ? Stream.of(".jpg", ".jpeg")
                        : Stream.of("." + type.extension()))
                .toArray(String[]::new);
    }
}
