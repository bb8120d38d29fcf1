package kz.urpaq.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import kz.urpaq.submission.attachment.FileType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An applicant's one appeal against their provisional result, and the organisers' decision (domain.md §13). */
@Entity
@Table(name = "appeal")
class Appeal extends AbstractEntity {

    enum Outcome { UPHELD, REJECTED }

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private long applicantId;

    @Column(nullable = false, updatable = false, length = 2000)
    private String reason;

    @Column(name = "file_name", updatable = false)
    private @Nullable String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", updatable = false, length = 10)
    private @Nullable FileType fileType;

    @Column(name = "file_bytes", updatable = false)
    private byte @Nullable [] fileBytes;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private @Nullable Outcome outcome;

    @Column(name = "decision_reason", length = 2000)
    private @Nullable String decisionReason;

    @Column(name = "decided_by")
    private @Nullable Long decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    protected Appeal() {
    }

    Appeal(long competitionId, long applicationId, long applicantId, String reason, @Nullable String fileName,
           @Nullable FileType fileType, byte @Nullable [] fileBytes, Instant filedAt) {
        this.competitionId = competitionId;
        this.applicationId = applicationId;
        this.applicantId = applicantId;
        this.reason = reason;
        this.fileName = fileName;
        this.fileType = fileType;
        this.fileBytes = fileBytes;
        this.filedAt = filedAt;
    }

    void decide(Outcome outcome, String reason, @Nullable Long by, Instant now) {
        if (this.outcome != null) {
            throw new IllegalStateException("an appeal is decided once");
        }
        this.outcome = outcome;
        this.decisionReason = reason;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    long getCompetitionId() {
        return competitionId;
    }

    long getApplicationId() {
        return applicationId;
    }

    long getApplicantId() {
        return applicantId;
    }

    String getReason() {
        return reason;
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

    Instant getFiledAt() {
        return filedAt;
    }

    @Nullable Outcome getOutcome() {
        return outcome;
    }

    @Nullable String getDecisionReason() {
        return decisionReason;
    }

    @Nullable Instant getDecidedAt() {
        return decidedAt;
    }
}
