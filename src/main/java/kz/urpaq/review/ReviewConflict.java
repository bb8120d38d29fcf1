package kz.urpaq.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A conflict of interest: the juror never reviews this application. Written once, never removed. */
@Entity
@Immutable
@Table(name = "review_conflict")
public class ReviewConflict extends AbstractEntity {

    public static final int REASON_MAX_LENGTH = 1000;

    @Column(name = "competition_id", nullable = false)
    private long competitionId;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "juror_id", nullable = false)
    private long jurorId;

    @Column(nullable = false, length = REASON_MAX_LENGTH)
    private String reason;

    @Column(name = "declared_by")
    private @Nullable Long declaredBy;

    @Column(name = "declared_by_juror", nullable = false)
    private boolean declaredByJuror;

    @Column(name = "declared_at", nullable = false)
    private Instant declaredAt;

    protected ReviewConflict() {
    }

    ReviewConflict(long competitionId, long applicationId, long jurorId, String reason, @Nullable Long declaredBy,
                   boolean declaredByJuror, Instant declaredAt) {
        this.competitionId = competitionId;
        this.applicationId = applicationId;
        this.jurorId = jurorId;
        this.reason = reason;
        this.declaredBy = declaredBy;
        this.declaredByJuror = declaredByJuror;
        this.declaredAt = declaredAt;
    }

    public long getCompetitionId() {
        return competitionId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getJurorId() {
        return jurorId;
    }

    public String getReason() {
        return reason;
    }

    public @Nullable Long getDeclaredBy() {
        return declaredBy;
    }

    public boolean isDeclaredByJuror() {
        return declaredByJuror;
    }

    public Instant getDeclaredAt() {
        return declaredAt;
    }
}
