package kz.urpaq.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

import java.util.Arrays;

/**
 * The upload component's own texts in the page's language, for a single small file (a message's or
 * an appeal's): the same words as the application's attachments.
 */
public final class UploadTexts {

    private static final int KIB = 1024;

    private UploadTexts() {
    }

    public static UploadI18N of(Component where, String tooBig, String wrongType) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(where.getTranslation("attachments.upload.add-one"))
                .setMany(where.getTranslation("attachments.upload.add-many")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(where.getTranslation("attachments.upload.drop-one"))
                .setMany(where.getTranslation("attachments.upload.drop-many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(where.getTranslation("attachments.upload.too-many"))
                .setFileIsTooBig(tooBig)
                .setIncorrectFileType(wrongType));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(where.getTranslation("attachments.upload.connecting"))
                        .setStalled(where.getTranslation("attachments.upload.stalled"))
                        .setProcessing(where.getTranslation("attachments.upload.processing"))
                        .setHeld(where.getTranslation("attachments.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(where.getTranslation("attachments.upload.remaining"))
                        .setUnknown(where.getTranslation("attachments.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(where.getTranslation("attachments.upload.server-unavailable"))
                        .setUnexpectedServerError(where.getTranslation("attachments.upload.unexpected"))
                        .setForbidden(where.getTranslation("attachments.upload.refused"))
                        .setFileTooLarge(tooBig)));
        i18n.setFile(new UploadI18N.File()
                .setRetry(where.getTranslation("attachments.upload.retry"))
                .setStart(where.getTranslation("attachments.upload.start"))
                .setRemove(where.getTranslation("attachments.upload.remove")));
        i18n.setUnits(Arrays.asList(where.getTranslation("attachments.upload.units").split(",")), KIB);
        return i18n;
    }
}
