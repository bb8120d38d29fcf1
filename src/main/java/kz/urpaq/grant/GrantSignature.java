package kz.urpaq.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import kz.urpaq.submission.attachment.FileType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A signature on a grant's agreement: who, when, how, and the SHA-256 of the PDF bytes signed. */
@Entity
@Table(name = "grant_signature")
class GrantSignature extends AbstractEntity {

    @Column(name = "grant_id", nullable = false, updatable = false)
    private long grantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 12)
    private SignatureMethod method;

    @Column(name = "signed_by", updatable = false)
    private @Nullable Long signedBy;

    @Column(name = "signer_name", nullable = false, updatable = false, length = 200)
    private String signerName;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "scan_name", updatable = false)
    private @Nullable String scanName;

    @Enumerated(EnumType.STRING)
    @Column(name = "scan_type", updatable = false, length = 10)
    private @Nullable FileType scanType;

    @Column(name = "scan_bytes", updatable = false)
    private byte @Nullable [] scanBytes;

    protected GrantSignature() {
    }

    GrantSignature(long grantId, SignatureMethod method, @Nullable Long signedBy, String signerName, Instant signedAt,
                   String sha256, @Nullable String scanName, @Nullable FileType scanType, byte @Nullable [] scanBytes) {
        this.grantId = grantId;
        this.method = method;
        this.signedBy = signedBy;
        this.signerName = signerName;
        this.signedAt = signedAt;
        this.sha256 = sha256;
        this.scanName = scanName;
        this.scanType = scanType;
        this.scanBytes = scanBytes;
    }

    long getGrantId() {
        return grantId;
    }

    SignatureMethod getMethod() {
        return method;
    }

    @Nullable Long getSignedBy() {
        return signedBy;
    }

    String getSignerName() {
        return signerName;
    }

    Instant getSignedAt() {
        return signedAt;
    }

    String getSha256() {
        return sha256;
    }

    @Nullable String getScanName() {
        return scanName;
    }

    @Nullable FileType getScanType() {
        return scanType;
    }

    byte @Nullable [] getScanBytes() {
        return scanBytes;
    }
}
