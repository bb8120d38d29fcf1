package kz.urpaq.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An administrator's change to one computed place or grant, with the written reason; never edited. */
@Entity
@Table(name = "result_override")
class ResultOverride extends AbstractEntity {

    enum Field { PLACE, GRANT }

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, updatable = false, length = 10)
    private Field field;

    @Column(name = "from_value", nullable = false, updatable = false, length = 20)
    private String fromValue;

    @Column(name = "to_value", nullable = false, updatable = false, length = 20)
    private String toValue;

    @Column(name = "reason", nullable = false, updatable = false, length = 2000)
    private String reason;

    @Column(name = "overridden_by", updatable = false)
    private @Nullable Long overriddenBy;

    @Column(name = "overridden_at", nullable = false, updatable = false)
    private Instant overriddenAt;

    protected ResultOverride() {
    }

    ResultOverride(long competitionId, long applicationId, Field field, String fromValue, String toValue,
                   String reason, @Nullable Long overriddenBy, Instant overriddenAt) {
        this.competitionId = competitionId;
        this.applicationId = applicationId;
        this.field = field;
        this.fromValue = fromValue;
        this.toValue = toValue;
        this.reason = reason;
        this.overriddenBy = overriddenBy;
        this.overriddenAt = overriddenAt;
    }

    long getCompetitionId() {
        return competitionId;
    }

    long getApplicationId() {
        return applicationId;
    }

    Field getField() {
        return field;
    }

    String getFromValue() {
        return fromValue;
    }

    String getToValue() {
        return toValue;
    }

    String getReason() {
        return reason;
    }

    @Nullable Long getOverriddenBy() {
        return overriddenBy;
    }

    Instant getOverriddenAt() {
        return overriddenAt;
    }
}
