package kz.urpaq.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;

import java.time.Instant;

/**
 * The agreement PDF of a grant, kept byte for byte as it was rendered the first time it was asked
 * for, so that every signature's SHA-256 can be checked against it later.
 */
@Entity
@Table(name = "grant_agreement")
class GrantAgreement extends AbstractEntity {

    @Column(name = "grant_id", nullable = false, updatable = false)
    private long grantId;

    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "rendered_at", nullable = false, updatable = false)
    private Instant renderedAt;

    protected GrantAgreement() {
    }

    GrantAgreement(long grantId, byte[] pdf, String sha256, Instant renderedAt) {
        this.grantId = grantId;
        this.pdf = pdf.clone();
        this.sha256 = sha256;
        this.renderedAt = renderedAt;
    }

    long getGrantId() {
        return grantId;
    }

    byte[] getPdf() {
        return pdf.clone();
    }

    String getSha256() {
        return sha256;
    }

    Instant getRenderedAt() {
        return renderedAt;
    }
}
