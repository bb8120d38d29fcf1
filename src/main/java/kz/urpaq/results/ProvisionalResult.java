package kz.urpaq.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/**
 * One applicant's provisional result while appeals may be filed (domain.md §13): written when the
 * competition enters PRELIMINARY and again after an upheld appeal, by the organisers' action; the
 * applicant reads only their own.
 */
@Entity
@Table(name = "provisional_result")
class ProvisionalResult extends AbstractEntity {

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private long applicantId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "ranked_in_direction", nullable = false, updatable = false)
    private int rankedInDirection;

    @Column(nullable = false, updatable = false, precision = 10, scale = 4)
    private BigDecimal score;

    @Column(name = "final_place", updatable = false)
    private @Nullable Integer finalPlace;

    @Column(name = "final_grant", nullable = false, updatable = false)
    private boolean finalGrant;

    /** The jurors' comments to the applicant, one a line; empty when the competition does not show them. */
    @Column(nullable = false, updatable = false, length = 8000)
    private String comments;

    protected ProvisionalResult() {
    }

    ProvisionalResult(long competitionId, long applicationId, long applicantId, int position, int rankedInDirection,
                      BigDecimal score, @Nullable Integer finalPlace, boolean finalGrant, String comments) {
        this.competitionId = competitionId;
        this.applicationId = applicationId;
        this.applicantId = applicantId;
        this.position = position;
        this.rankedInDirection = rankedInDirection;
        this.score = score;
        this.finalPlace = finalPlace;
        this.finalGrant = finalGrant;
        this.comments = comments;
    }

    long getCompetitionId() {
        return competitionId;
    }

    long getApplicationId() {
        return applicationId;
    }

    long getApplicantId() {
        return applicantId;
    }

    int getPosition() {
        return position;
    }

    int getRankedInDirection() {
        return rankedInDirection;
    }

    BigDecimal getScore() {
        return score;
    }

    @Nullable Integer getFinalPlace() {
        return finalPlace;
    }

    boolean isFinalGrant() {
        return finalGrant;
    }

    String getComments() {
        return comments;
    }
}
