package kz.urpaq.results;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One ranked application as the announcement states it, frozen when the competition moved to
 * ANNOUNCED: its position and score, the final place and grant, and the public facts (project
 * title, holder's name, district). Never changed afterwards.
 */
@Entity
@Table(name = "announced_result")
class AnnouncedResult extends AbstractEntity {

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "applicant_id", nullable = false, updatable = false)
    private long applicantId;

    @Column(name = "direction_id", nullable = false, updatable = false)
    private long directionId;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "ranked_count", nullable = false, updatable = false)
    private int rankedCount;

    @Column(name = "score", nullable = false, updatable = false, precision = 12, scale = 4)
    private BigDecimal score;

    @Column(name = "place", updatable = false)
    private @Nullable Integer place;

    @Column(name = "grant_awarded", nullable = false, updatable = false)
    private boolean grantAwarded;

    @Column(name = "project_title", nullable = false, updatable = false, length = 200)
    private String projectTitle;

    @Column(name = "holder_name", nullable = false, updatable = false, length = 200)
    private String holderName;

    @Column(name = "district", updatable = false, length = 40)
    private @Nullable String district;

    @Column(name = "announced_at", nullable = false, updatable = false)
    private Instant announcedAt;

    @ElementCollection
    @CollectionTable(name = "announced_comment", joinColumns = @JoinColumn(name = "announced_result_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 4000)
    private List<String> comments = new ArrayList<>();

    protected AnnouncedResult() {
    }

    AnnouncedResult(long competitionId, long applicationId, long applicantId, long directionId, int position,
                    int rankedCount, BigDecimal score, @Nullable Integer place, boolean grantAwarded,
                    String projectTitle, String holderName, @Nullable String district, Instant announcedAt,
                    List<String> comments) {
        this.competitionId = competitionId;
        this.applicationId = applicationId;
        this.applicantId = applicantId;
        this.directionId = directionId;
        this.position = position;
        this.rankedCount = rankedCount;
        this.score = score;
        this.place = place;
        this.grantAwarded = grantAwarded;
        this.projectTitle = projectTitle;
        this.holderName = holderName;
        this.district = district;
        this.announcedAt = announcedAt;
        this.comments = new ArrayList<>(comments);
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

    long getDirectionId() {
        return directionId;
    }

    int getPosition() {
        return position;
    }

    int getRankedCount() {
        return rankedCount;
    }

    BigDecimal getScore() {
        return score;
    }

    @Nullable Integer getPlace() {
        return place;
    }

    boolean isGrantAwarded() {
        return grantAwarded;
    }

    /** Whether the public page names this application: it won a place or a grant. */
    boolean isAwarded() {
        return place != null || grantAwarded;
    }

    String getProjectTitle() {
        return projectTitle;
    }

    String getHolderName() {
        return holderName;
    }

    @Nullable String getDistrict() {
        return district;
    }

    Instant getAnnouncedAt() {
        return announcedAt;
    }

    List<String> getComments() {
        return List.copyOf(comments);
    }
}
