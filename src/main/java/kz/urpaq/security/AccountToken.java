package kz.urpaq.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A link sent by mail, stored as the SHA-256 hash of its token; usable once, until it expires. */
@Entity
@Table(name = "account_token")
class AccountToken extends AbstractEntity {

    enum Purpose {
        EMAIL_CONFIRMATION, PASSWORD_RESET, INVITATION
    }

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private @Nullable Instant usedAt;

    protected AccountToken() {
        this.purpose = Purpose.EMAIL_CONFIRMATION;
        this.tokenHash = "";
        this.createdAt = Instant.EPOCH;
        this.expiresAt = Instant.EPOCH;
    }

    AccountToken(long accountId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    long getAccountId() {
        return accountId;
    }

    Purpose getPurpose() {
        return purpose;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
