package kz.urpaq.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;

import java.time.Instant;

/** A juror assigned to review one application. */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment extends AbstractEntity {

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(name = "direction_id", nullable = false, updatable = false)
    private long directionId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "juror_id", nullable = false, updatable = false)
    private long jurorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentState state = AssignmentState.NEW;

    @Column(nullable = false, updatable = false)
    private boolean automatic;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "state_changed_at", nullable = false)
    private Instant stateChangedAt;

    protected ReviewAssignment() {
    }

    ReviewAssignment(long competitionId, long directionId, long applicationId, long jurorId, boolean automatic,
                     Instant now) {
        this.competitionId = competitionId;
        this.directionId = directionId;
        this.applicationId = applicationId;
        this.jurorId = jurorId;
        this.automatic = automatic;
        this.assignedAt = now;
        this.stateChangedAt = now;
    }

    /**
     * Moves the work on: the score sheet calls this when a sheet is drafted or submitted, a
     * conflict when the juror steps back. Which moves are allowed is the caller's rule.
     */
    void moveTo(AssignmentState state, Instant now) {
        this.state = state;
        this.stateChangedAt = now;
    }

    public long getCompetitionId() {
        return competitionId;
    }

    public long getDirectionId() {
        return directionId;
    }

    public long getApplicationId() {
        return applicationId;
    }

    public long getJurorId() {
        return jurorId;
    }

    public AssignmentState getState() {
        return state;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getStateChangedAt() {
        return stateChangedAt;
    }
}
