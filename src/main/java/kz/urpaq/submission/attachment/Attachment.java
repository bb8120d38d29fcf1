package kz.urpaq.submission.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A file of an application. The bytes live in the {@code AttachmentStore} under {@code storageName}. */
@Entity
@Table(name = "attachment")
public class Attachment extends AbstractEntity {

    public static final int ORIGINAL_NAME_MAX_LENGTH = 255;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttachmentKind kind;

    /** A generated, unguessable name; never derived from what the applicant uploaded. */
    @Column(name = "storage_name", nullable = false, unique = true)
    private String storageName;

    @Column(name = "original_name", nullable = false, length = ORIGINAL_NAME_MAX_LENGTH)
    private String originalName;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false)
    private FileType fileType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** Where the juror's copy lives: null when jurors never see the file, or it predates such copies. */
    @Column(name = "blind_storage_name", unique = true)
    private @Nullable String blindStorageName;

    @Column(name = "blind_size_bytes")
    private @Nullable Long blindSizeBytes;

    protected Attachment() {
    }

    public Attachment(long applicationId, AttachmentKind kind, String storageName, String originalName,
                      FileType fileType, long sizeBytes, String sha256, Instant uploadedAt) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.storageName = storageName;
        this.originalName = originalName.length() > ORIGINAL_NAME_MAX_LENGTH
                ? originalName.substring(0, ORIGINAL_NAME_MAX_LENGTH) : originalName;
        this.fileType = fileType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public String getStorageName() {
        return storageName;
    }

    public String getOriginalName() {
        return originalName;
    }

    public FileType getFileType() {
        return fileType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public @Nullable String getBlindStorageName() {
        return blindStorageName;
    }

    public @Nullable Long getBlindSizeBytes() {
        return blindSizeBytes;
    }

    /** Records the juror's copy, stored under its own generated name. */
    void keepBlindCopy(String storageName, long sizeBytes) {
        this.blindStorageName = storageName;
        this.blindSizeBytes = sizeBytes;
    }
}
