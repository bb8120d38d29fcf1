package kz.urpaq.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The guardian's confirmation of an agreement a recipient under 18 accepted online: a one-time link
 * mailed to the guardian, kept only as its SHA-256 hash and cleared once used.
 */
@Entity
@Table(name = "grant_guardian_request")
class GuardianConfirmation extends AbstractEntity {

    @Column(name = "grant_id", nullable = false, updatable = false)
    private long grantId;

    @Column(name = "guardian_email", nullable = false, length = 254)
    private String guardianEmail;

    @Column(name = "token_hash", length = 64)
    private @Nullable String tokenHash;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "guardian_name", length = 200)
    private @Nullable String guardianName;

    protected GuardianConfirmation() {
    }

    GuardianConfirmation(long grantId, String guardianEmail, String tokenHash, Instant requestedAt, Instant expiresAt) {
        this.grantId = grantId;
        this.guardianEmail = guardianEmail;
        this.tokenHash = tokenHash;
        this.requestedAt = requestedAt;
        this.expiresAt = expiresAt;
    }

    boolean isOpenAt(Instant now) {
        return confirmedAt == null && tokenHash != null && now.isBefore(expiresAt);
    }

    void confirm(String name, Instant now) {
        this.guardianName = name;
        this.confirmedAt = now;
        this.tokenHash = null;
    }

    long getGrantId() {
        return grantId;
    }

    String getGuardianEmail() {
        return guardianEmail;
    }

    @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    @Nullable String getGuardianName() {
        return guardianName;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
