package kz.urpaq.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One issued certificate as it was printed. Only revocation ever changes it; the PDF lives in
 * {@code certificate_document} ({@link CertificateDocuments}).
 */
@Entity
@Table(name = "certificate")
class Certificate extends AbstractEntity {

    static final int REASON_MAX_LENGTH = 2000;

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private CertificateKind kind;

    @Column(name = "serial", nullable = false, updatable = false, length = 40)
    private String serial;

    @Column(name = "serial_number", nullable = false, updatable = false)
    private int serialNumber;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    /** The subject while valid, null once revoked: the unique constraint allows one valid per subject. */
    @Column(name = "valid_subject_id")
    private @Nullable Long validSubjectId;

    @Column(name = "holder_account_id", nullable = false, updatable = false)
    private long holderAccountId;

    @Column(name = "application_id", updatable = false)
    private @Nullable Long applicationId;

    @Column(name = "place", updatable = false)
    private @Nullable Integer place;

    @Column(name = "grant_amount_tenge", updatable = false)
    private @Nullable Long grantAmountTenge;

    @Column(name = "direction_kk", updatable = false, length = 300)
    private @Nullable String directionKk;

    @Column(name = "direction_ru", updatable = false, length = 300)
    private @Nullable String directionRu;

    @Column(name = "holder_name", nullable = false, updatable = false, length = 300)
    private String holderName;

    @Column(name = "project_title", updatable = false, length = 500)
    private @Nullable String projectTitle;

    @Column(name = "competition_title_kk", nullable = false, updatable = false, length = 500)
    private String competitionTitleKk;

    @Column(name = "competition_title_ru", nullable = false, updatable = false, length = 500)
    private String competitionTitleRu;

    @Column(name = "competition_title_en", nullable = false, updatable = false, length = 500)
    private String competitionTitleEn;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "code_sha256", nullable = false, updatable = false, length = 64)
    private String codeSha256;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Column(name = "revoked_by")
    private @Nullable Long revokedBy;

    @Column(name = "revoke_reason", length = REASON_MAX_LENGTH)
    private @Nullable String revokeReason;

    protected Certificate() {
    }

    Certificate(long competitionId, CertificateContent content, int serialNumber, long subjectId, long holderAccountId,
                @Nullable Long applicationId, String competitionTitleEn, Instant issuedAt, String codeSha256) {
        this.competitionId = competitionId;
        this.kind = content.kind();
        this.serial = content.serial();
        this.serialNumber = serialNumber;
        this.subjectId = subjectId;
        this.validSubjectId = subjectId;
        this.holderAccountId = holderAccountId;
        this.applicationId = applicationId;
        this.place = content.place();
        this.grantAmountTenge = content.amountTenge();
        this.directionKk = content.directionKk();
        this.directionRu = content.directionRu();
        this.holderName = content.holderName();
        this.projectTitle = content.projectTitle();
        this.competitionTitleKk = content.competitionTitleKk();
        this.competitionTitleRu = content.competitionTitleRu();
        this.competitionTitleEn = competitionTitleEn;
        this.issuedAt = issuedAt;
        this.issueDate = content.issueDate();
        this.codeSha256 = codeSha256;
    }

    void revoke(Instant at, @Nullable Long by, String reason) {
        this.revokedAt = at;
        this.revokedBy = by;
        this.revokeReason = reason;
        this.validSubjectId = null;
    }

    long getCompetitionId() {
        return competitionId;
    }

    CertificateKind getKind() {
        return kind;
    }

    String getSerial() {
        return serial;
    }

    int getSerialNumber() {
        return serialNumber;
    }

    long getSubjectId() {
        return subjectId;
    }

    long getHolderAccountId() {
        return holderAccountId;
    }

    @Nullable Long getApplicationId() {
        return applicationId;
    }

    @Nullable Integer getPlace() {
        return place;
    }

    @Nullable Long getGrantAmountTenge() {
        return grantAmountTenge;
    }

    @Nullable String getDirectionKk() {
        return directionKk;
    }

    @Nullable String getDirectionRu() {
        return directionRu;
    }

    String getHolderName() {
        return holderName;
    }

    @Nullable String getProjectTitle() {
        return projectTitle;
    }

    String getCompetitionTitleKk() {
        return competitionTitleKk;
    }

    String getCompetitionTitleRu() {
        return competitionTitleRu;
    }

    String getCompetitionTitleEn() {
        return competitionTitleEn;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    LocalDate getIssueDate() {
        return issueDate;
    }

    String getCodeSha256() {
        return codeSha256;
    }

    @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    @Nullable Long getRevokedBy() {
        return revokedBy;
    }

    @Nullable String getRevokeReason() {
        return revokeReason;
    }
}
