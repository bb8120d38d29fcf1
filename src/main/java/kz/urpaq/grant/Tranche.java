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
import java.time.LocalDate;

/** One payment of a grant (domain.md §14): PLANNED until its trigger, DUE, then PAID once, with date and reference. */
@Entity
@Table(name = "grant_tranche")
class Tranche extends AbstractEntity {

    public static final int REFERENCE_MAX_LENGTH = 100;

    @Column(name = "grant_id", nullable = false, updatable = false)
    private long grantId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private int percent;

    @Column(nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_on", nullable = false, updatable = false, length = 20)
    private TrancheTrigger dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TrancheState state = TrancheState.PLANNED;

    @Column(name = "paid_on")
    private @Nullable LocalDate paidOn;

    @Column(name = "payment_reference", length = REFERENCE_MAX_LENGTH)
    private @Nullable String paymentReference;

    @Column(name = "recorded_by")
    private @Nullable Long recordedBy;

    @Column(name = "recorded_at")
    private @Nullable Instant recordedAt;

    protected Tranche() {
    }

    Tranche(long grantId, int position, int percent, BigDecimal amount, TrancheTrigger dueOn) {
        this.grantId = grantId;
        this.position = position;
        this.percent = percent;
        this.amount = amount;
        this.dueOn = dueOn;
    }

    /** PLANNED becomes DUE; a tranche already due or paid stays as it is. */
    void fallDue() {
        if (state == TrancheState.PLANNED) {
            state = TrancheState.DUE;
        }
    }

    void pay(LocalDate on, String reference, long by, Instant now) {
        if (state != TrancheState.DUE) {
            throw new IllegalStateException("only a due tranche is paid");
        }
        this.state = TrancheState.PAID;
        this.paidOn = on;
        this.paymentReference = reference;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    long getGrantId() {
        return grantId;
    }

    int getPosition() {
        return position;
    }

    int getPercent() {
        return percent;
    }

    BigDecimal getAmount() {
        return amount;
    }

    TrancheTrigger getDueOn() {
        return dueOn;
    }

    TrancheState getState() {
        return state;
    }

    @Nullable LocalDate getPaidOn() {
        return paidOn;
    }

    @Nullable String getPaymentReference() {
        return paymentReference;
    }
}
