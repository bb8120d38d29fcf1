package kz.urpaq.grant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A grant recipient's grant (domain.md §14). Its state moves only along the allowed steps; the
 * service checks who may take a step, the entity that the step exists.
 */
@Entity
@Table(name = "project_grant")
class Grant extends AbstractEntity {

    public static final int REASON_MAX_LENGTH = 2000;

    private static final Map<GrantState, Set<GrantState>> STEPS = Map.of(
            GrantState.OFFERED, Set.of(GrantState.ACCEPTED, GrantState.DECLINED, GrantState.TERMINATED),
            GrantState.ACCEPTED, Set.of(GrantState.ACTIVE, GrantState.TERMINATED),
            GrantState.ACTIVE, Set.of(GrantState.COMPLETED, GrantState.TERMINATED),
            GrantState.COMPLETED, Set.of(),
            GrantState.DECLINED, Set.of(),
            GrantState.TERMINATED, Set.of());

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "recipient_account_id", nullable = false, updatable = false)
    private long recipientAccountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private GrantState state = GrantState.OFFERED;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "project_title", nullable = false, updatable = false, length = 200)
    private String projectTitle;

    @Column(name = "recipient_name", nullable = false, updatable = false, length = 200)
    private String recipientName;

    @Column(length = REASON_MAX_LENGTH)
    private @Nullable String reason;

    @Column(name = "replaces_grant_id", updatable = false)
    private @Nullable Long replacesGrantId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Grant() {
    }

    Grant(long competitionId, long applicationId, long recipientAccountId, BigDecimal amount, String projectTitle,
          String recipientName, @Nullable Long replacesGrantId, Instant now) {
        this.projectTitle = projectTitle;
        this.recipientName = recipientName;
        this.competitionId = competitionId;
        this.applicationId = applicationId;
        this.recipientAccountId = recipientAccountId;
        this.amount = amount;
        this.replacesGrantId = replacesGrantId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    static boolean allows(GrantState from, GrantState to) {
        return STEPS.get(from).contains(to);
    }

    /** Moves to the given state; the reason is kept for a decline or a termination. */
    void moveTo(GrantState to, @Nullable String reason, Instant now) {
        if (!allows(state, to)) {
            throw new IllegalStateException(state + " cannot become " + to);
        }
        this.state = to;
        if (reason != null) {
            this.reason = reason;
        }
        this.updatedAt = now;
    }

    long id() {
        return java.util.Objects.requireNonNull(getId());
    }

    long getCompetitionId() {
        return competitionId;
    }

    long getApplicationId() {
        return applicationId;
    }

    long getRecipientAccountId() {
        return recipientAccountId;
    }

    GrantState getState() {
        return state;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getProjectTitle() {
        return projectTitle;
    }

    String getRecipientName() {
        return recipientName;
    }

    @Nullable String getReason() {
        return reason;
    }

    @Nullable Long getReplacesGrantId() {
        return replacesGrantId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
