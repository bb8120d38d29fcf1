package kz.urpaq.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A juror's scores for one assignment: a draft until submitted, then read-only until reopened. */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet extends AbstractEntity {

    public static final int COMMENT_MAX_LENGTH = 4000;
    public static final int CRITERION_COMMENT_MAX_LENGTH = 2000;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private long assignmentId;

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "juror_id", nullable = false, updatable = false)
    private long jurorId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "score_sheet_entry", joinColumns = @JoinColumn(name = "sheet_id"))
    private List<ScoreEntry> entries = new ArrayList<>();

    @Column(name = "comment_to_organisers", nullable = false, length = COMMENT_MAX_LENGTH)
    private String commentToOrganisers = "";

    @Column(name = "comment_to_applicant", nullable = false, length = COMMENT_MAX_LENGTH)
    private String commentToApplicant = "";

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    /**
     * The submitted scores in one column, {@code criterionId:score} pairs in criterion order (V170):
     * what the results page ranks from, one row per sheet. Written on submitting, cleared on reopening.
     */
    @Column(name = "submitted_scores", length = 4000)
    private @Nullable String submittedScores;

    protected ScoreSheet() {
    }

    ScoreSheet(ReviewAssignment assignment, Instant now) {
        this.assignmentId = java.util.Objects.requireNonNull(assignment.getId());
        this.competitionId = assignment.getCompetitionId();
        this.applicationId = assignment.getApplicationId();
        this.jurorId = assignment.getJurorId();
        this.savedAt = now;
    }

    void write(List<ScoreEntry> entries, String commentToOrganisers, String commentToApplicant, Instant now) {
        this.entries.clear();
        this.entries.addAll(entries);
        this.commentToOrganisers = commentToOrganisers;
        this.commentToApplicant = commentToApplicant;
        this.savedAt = now;
        this.submittedScores = submittedAt == null ? null : submittedScores(this.entries);
    }

    void submit(Instant now) {
        this.submittedAt = now;
        this.savedAt = now;
        this.submittedScores = submittedScores(entries);
    }

    void reopen(Instant now) {
        this.submittedAt = null;
        this.savedAt = now;
        this.submittedScores = null;
    }

    /** The entries' scores as stored in {@code submitted_scores}: "id:score" by criterion id, blanks left out. */
    static String submittedScores(List<ScoreEntry> entries) {
        return entries.stream().filter(e -> e.score() != null)
                .sorted(java.util.Comparator.comparingLong(ScoreEntry::criterionId))
                .map(e -> e.criterionId() + ":" + e.score())
                .collect(java.util.stream.Collectors.joining(","));
    }

    public long getAssignmentId() {
        return assignmentId;
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

    public List<ScoreEntry> getEntries() {
        return List.copyOf(entries);
    }

    public String getCommentToOrganisers() {
        return commentToOrganisers;
    }

    public String getCommentToApplicant() {
        return commentToApplicant;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }
}
