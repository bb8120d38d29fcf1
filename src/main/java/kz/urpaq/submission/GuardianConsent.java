package kz.urpaq.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The consent of a minor applicant's parent or guardian for one application (SPEC §15): asked by
 * mail with a one-time link, confirmed with the guardian's name and the instant.
 */
@Entity
@Table(name = "guardian_consent")
class GuardianConsent extends AbstractEntity {

    static final String BY_LINK = "link";

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(name = "competition_id", nullable = false)
    private long competitionId;

    @Column(name = "guardian_email", nullable = false)
    private String guardianEmail;

    @Column(name = "applicant_name", nullable = false)
    private String applicantName;

    @Column(name = "token_hash")
    private @Nullable String tokenHash;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "sent_count", nullable = false)
    private int sentCount;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "guardian_name")
    private @Nullable String guardianName;

    @Column(name = "confirmed_by")
    private @Nullable String confirmedBy;

    protected GuardianConsent() {
        this.guardianEmail = "";
        this.applicantName = "";
        this.requestedAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    GuardianConsent(long applicationId, long applicantId, long competitionId) {
        this();
        this.applicationId = applicationId;
        this.applicantId = applicantId;
        this.competitionId = competitionId;
    }

    /** A new link replaces any earlier one, which stops working. */
    void request(String guardianEmail, String applicantName, String tokenHash, Instant now, Instant expiresAt) {
        this.guardianEmail = guardianEmail;
        this.applicantName = applicantName;
        this.tokenHash = tokenHash;
        this.sentCount = requestedAt.equals(Instant.EPOCH) ? 1 : sentCount + 1;
        this.requestedAt = now;
        this.expiresAt = expiresAt;
    }

    void confirm(String guardianName, String by, Instant now) {
        this.guardianName = guardianName.strip();
        this.confirmedBy = by;
        this.confirmedAt = now;
        this.tokenHash = null;
    }

    /** The guardian's e-mail and name are personal data: gone with the applicant's (deletion, retention). */
    void anonymise() {
        this.guardianEmail = "";
        this.applicantName = "";
        this.guardianName = guardianName == null ? null : "";
        this.tokenHash = null;
    }

    boolean isConfirmed() {
        return confirmedAt != null;
    }

    long getApplicationId() {
        return applicationId;
    }

    long getApplicantId() {
        return applicantId;
    }

    long getCompetitionId() {
        return competitionId;
    }

    String getGuardianEmail() {
        return guardianEmail;
    }

    String getApplicantName() {
        return applicantName;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    int getSentCount() {
        return sentCount;
    }

    @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    @Nullable String getGuardianName() {
        return guardianName;
    }

    @Nullable String getConfirmedBy() {
        return confirmedBy;
    }
}
