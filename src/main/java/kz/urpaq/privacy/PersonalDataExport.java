package kz.urpaq.privacy;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One "download my data" request: pending, then a ZIP behind a one-time link for 24 hours. */
@Entity
@Table(name = "personal_data_export")
class PersonalDataExport extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExportState state;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "ready_at")
    private @Nullable Instant readyAt;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "token_hash")
    private @Nullable String tokenHash;

    @Column(name = "size_bytes")
    private @Nullable Long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "zip")
    private byte @Nullable [] zip;

    @Column(name = "last_error")
    private @Nullable String lastError;

    protected PersonalDataExport() {
        this.state = ExportState.PENDING;
        this.requestedAt = Instant.EPOCH;
    }

    PersonalDataExport(long accountId, Instant requestedAt) {
        this.accountId = accountId;
        this.state = ExportState.PENDING;
        this.requestedAt = requestedAt;
    }

    void ready(byte[] zip, String tokenHash, Instant now, Instant expiresAt) {
        this.zip = zip;
        this.sizeBytes = (long) zip.length;
        this.tokenHash = tokenHash;
        this.readyAt = now;
        this.expiresAt = expiresAt;
        this.state = ExportState.READY;
    }

    void failed(String error) {
        this.state = ExportState.FAILED;
        this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    void expire() {
        this.zip = null;
        this.tokenHash = null;
        this.state = ExportState.EXPIRED;
    }

    long getAccountId() {
        return accountId;
    }

    ExportState getState() {
        return state;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    @Nullable Instant getReadyAt() {
        return readyAt;
    }

    @Nullable Instant getExpiresAt() {
        return expiresAt;
    }

    @Nullable Long getSizeBytes() {
        return sizeBytes;
    }

    byte @Nullable [] getZip() {
        return zip;
    }
}
