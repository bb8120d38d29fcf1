package kz.urpaq.submission.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import kz.urpaq.submission.attachment.FileType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One message of an application's conversation (domain.md §13); only its read mark ever changes. */
@Entity
@Table(name = "application_message")
class Message extends AbstractEntity {

    static final int TEXT_MAX_LENGTH = 4000;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(name = "author_id", updatable = false)
    private @Nullable Long authorId;

    @Column(name = "from_applicant", nullable = false, updatable = false)
    private boolean fromApplicant;

    @Column(nullable = false, updatable = false, length = TEXT_MAX_LENGTH)
    private String text;

    @Column(name = "file_name", updatable = false)
    private @Nullable String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", updatable = false, length = 10)
    private @Nullable FileType fileType;

    @Column(name = "file_bytes", updatable = false)
    private byte @Nullable [] fileBytes;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Message() {
    }

    Message(long applicationId, long competitionId, @Nullable Long authorId, boolean fromApplicant, String text,
            @Nullable String fileName, @Nullable FileType fileType, byte @Nullable [] fileBytes, Instant writtenAt) {
        this.applicationId = applicationId;
        this.competitionId = competitionId;
        this.authorId = authorId;
        this.fromApplicant = fromApplicant;
        this.text = text;
        this.fileName = fileName;
        this.fileType = fileType;
        this.fileBytes = fileBytes;
        this.writtenAt = writtenAt;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    long getApplicationId() {
        return applicationId;
    }

    long getCompetitionId() {
        return competitionId;
    }

    @Nullable Long getAuthorId() {
        return authorId;
    }

    boolean isFromApplicant() {
        return fromApplicant;
    }

    String getText() {
        return text;
    }

    @Nullable String getFileName() {
        return fileName;
    }

    @Nullable FileType getFileType() {
        return fileType;
    }

    byte @Nullable [] getFileBytes() {
        return fileBytes;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }

    @Nullable Instant getReadAt() {
        return readAt;
    }
}
