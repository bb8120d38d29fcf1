package kz.urpaq.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;

import java.time.Instant;

/** One account's acceptance of one version of the privacy notice, with its instant. */
@Entity
@Table(name = "privacy_acceptance")
class PrivacyAcceptance extends AbstractEntity {

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "notice_version", nullable = false)
    private int noticeVersion;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    protected PrivacyAcceptance() {
        this.acceptedAt = Instant.EPOCH;
    }

    PrivacyAcceptance(long accountId, int noticeVersion, Instant acceptedAt) {
        this.accountId = accountId;
        this.noticeVersion = noticeVersion;
        this.acceptedAt = acceptedAt;
    }

    long getAccountId() {
        return accountId;
    }

    int getNoticeVersion() {
        return noticeVersion;
    }

    Instant getAcceptedAt() {
        return acceptedAt;
    }
}
