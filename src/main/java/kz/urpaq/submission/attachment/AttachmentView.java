package kz.urpaq.submission.attachment;

import java.time.Instant;
import java.util.Objects;

/** A file of an application as pages show it. */
public record AttachmentView(
        long id,
        long applicationId,
        AttachmentKind kind,
        String originalName,
        FileType fileType,
        long sizeBytes,
        Instant uploadedAt) {

    static AttachmentView of(Attachment attachment) {
        return new AttachmentView(Objects.requireNonNull(attachment.getId()), attachment.getApplicationId(),
                attachment.getKind(), attachment.getOriginalName(), attachment.getFileType(), attachment.getSizeBytes(),
                attachment.getUploadedAt());
    }

    /** Where the file downloads from, relative to the app's address. */
    public String downloadPath() {
        return AttachmentDownloadController.PATH_PREFIX + id;
    }
}
