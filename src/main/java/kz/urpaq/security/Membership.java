package kz.urpaq.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;

import java.time.Instant;

/**
 * A person's place in one organiser (docs/domain.md §17): its administrator, its juror, or an
 * applicant to one of its rounds (so that its administrators may find the account).
 */
@Entity
@Table(name = "organiser_member")
class Membership extends AbstractEntity {

    @Column(name = "organiser_id", nullable = false)
    private long organiserId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Membership() {
        this.role = Role.APPLICANT;
        this.createdAt = Instant.EPOCH;
    }

    Membership(long organiserId, long accountId, Role role, Instant createdAt) {
        if (role == Role.PLATFORM) {
            throw new IllegalArgumentException("the platform administrator is nobody's member");
        }
        this.organiserId = organiserId;
        this.accountId = accountId;
        this.role = role;
        this.createdAt = createdAt;
    }

    long organiserId() {
        return organiserId;
    }

    long accountId() {
        return accountId;
    }

    Role role() {
        return role;
    }
}
