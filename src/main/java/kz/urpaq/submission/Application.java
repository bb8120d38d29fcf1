package kz.urpaq.submission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An applicant's project for one competition (domain.md §5). The text can change only while it is a
 * draft; submitting gives it a reference number that stays with it.
 */
@Entity
@Table(name = "application")
public class Application extends AbstractEntity {

    public static final int TITLE_MAX_LENGTH = 200;
    public static final int SUMMARY_MAX_LENGTH = 500;
    public static final int LONG_TEXT_MAX_LENGTH = 4000;
    public static final int AUDIENCE_MAX_LENGTH = 2000;
    public static final int PLACE_MAX_LENGTH = 200;
    public static final int VIDEO_URL_MAX_LENGTH = 500;
    public static final int MAX_TEAM_MEMBERS = 5;
    public static final int MAX_MILESTONES = 20;
    public static final int MAX_BUDGET_LINES = 50;

    @Column(name = "competition_id", nullable = false)
    private long competitionId;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(name = "direction_id")
    private @Nullable Long directionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status = ApplicationStatus.DRAFT;

    @Column(name = "reference_number")
    private @Nullable String referenceNumber;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";

    @Column(nullable = false, length = SUMMARY_MAX_LENGTH)
    private String summary = "";

    @Column(nullable = false, length = LONG_TEXT_MAX_LENGTH)
    private String relevance = "";

    @Column(nullable = false, length = LONG_TEXT_MAX_LENGTH)
    private String goals = "";

    @Column(name = "expected_results", nullable = false, length = LONG_TEXT_MAX_LENGTH)
    private String expectedResults = "";

    @Column(nullable = false, length = AUDIENCE_MAX_LENGTH)
    private String audience = "";

    @Column(nullable = false, length = PLACE_MAX_LENGTH)
    private String place = "";

    @Column(name = "video_url", nullable = false, length = VIDEO_URL_MAX_LENGTH)
    private String videoUrl = "";

    @ElementCollection
    @CollectionTable(name = "application_milestone", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<Milestone> milestones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_team_member", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> team = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "application_budget_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<BudgetLine> budget = new ArrayList<>();

    @Column(name = "screening_reason", length = 1000)
    private @Nullable String screeningReason;

    @Column(name = "revision_note", length = 2000)
    private @Nullable String revisionNote;

    @Column(name = "revision_deadline")
    private @Nullable Instant revisionDeadline;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;

    protected Application() {
    }

    Application(long competitionId, long applicantId, Instant now) {
        this.competitionId = competitionId;
        this.applicantId = applicantId;
        this.createdAt = now;
        this.savedAt = now;
    }

    /** Replaces the whole text of a draft. */
    void edit(ApplicationContent content, Instant now) {
        if (!status.isEditable()) {
            throw new IllegalStateException("only a draft can be changed");
        }
        put(content);
        this.savedAt = now;
    }

    private void put(ApplicationContent content) {
        this.directionId = content.directionId();
        this.title = content.title();
        this.summary = content.summary();
        this.relevance = content.relevance();
        this.goals = content.goals();
        this.expectedResults = content.expectedResults();
        this.audience = content.audience();
        this.place = content.place();
        this.videoUrl = content.videoUrl();
        this.milestones.clear();
        this.milestones.addAll(content.milestones());
        this.team.clear();
        this.team.addAll(content.team());
        this.budget.clear();
        this.budget.addAll(content.budget());
    }

    void submit(String referenceNumber, Instant now) {
        if (status != ApplicationStatus.DRAFT) {
            throw new IllegalStateException("only a draft can be submitted");
        }
        if (this.referenceNumber == null) {
            this.referenceNumber = referenceNumber;
        }
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
        this.withdrawnAt = null;
    }

    /** Screening: eligible or not, with the reason the applicant will read; may be revised during screening. */
    void decideEligibility(boolean eligible, @Nullable String reason) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.ELIGIBLE
                && status != ApplicationStatus.INELIGIBLE) {
            throw new IllegalStateException("only a submitted application is screened");
        }
        this.status = eligible ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE;
        this.screeningReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Screening returns it to its applicant with what to fix, until the revision deadline. */
    void requestRevision(String note, Instant deadline) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.ELIGIBLE
                && status != ApplicationStatus.INELIGIBLE) {
            throw new IllegalStateException("only a submitted application is returned for revision");
        }
        this.status = ApplicationStatus.REVISION_REQUESTED;
        this.revisionNote = note;
        this.revisionDeadline = deadline;
        this.screeningReason = null;
    }

    /**
     * Sent again before the revision deadline: back to screening as a new version. The submission
     * time stays the first one: the deadline and a tie broken on submission time judge that.
     */
    void resubmit(Instant now) {
        if (status != ApplicationStatus.REVISION_REQUESTED) {
            throw new IllegalStateException("only an application under revision is sent again");
        }
        this.status = ApplicationStatus.SUBMITTED;
        this.savedAt = now;
        this.revisionNote = null;
        this.revisionDeadline = null;
    }

    /** The revision deadline passed: the earlier version stands, as it was submitted. */
    void restore(ApplicationContent earlier) {
        if (status != ApplicationStatus.REVISION_REQUESTED) {
            throw new IllegalStateException("only an application under revision is restored");
        }
        this.status = ApplicationStatus.SUBMITTED;
        this.revisionNote = null;
        this.revisionDeadline = null;
        put(earlier);
    }

    /** Whether it is under revision and its revision deadline has passed at {@code now}. */
    public boolean revisionExpiredAt(Instant now) {
        return status == ApplicationStatus.REVISION_REQUESTED && revisionDeadline != null
                && !now.isBefore(revisionDeadline);
    }

    public @Nullable String getRevisionNote() {
        return revisionNote;
    }

    public @Nullable Instant getRevisionDeadline() {
        return revisionDeadline;
    }

    void withdraw(Instant now) {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new IllegalStateException("only a submitted application can be withdrawn");
        }
        this.status = ApplicationStatus.WITHDRAWN;
        this.withdrawnAt = now;
    }

    void reopen(Instant now) {
        if (status != ApplicationStatus.WITHDRAWN) {
            throw new IllegalStateException("only a withdrawn application can be reopened");
        }
        this.status = ApplicationStatus.DRAFT;
        this.savedAt = now;
    }

    public ApplicationContent content() {
        return new ApplicationContent(directionId, title, summary, relevance, goals, expectedResults, audience, place,
                videoUrl, List.copyOf(milestones), List.copyOf(team), List.copyOf(budget));
    }

    public long budgetTotalTenge() {
        return budget.stream().mapToLong(BudgetLine::totalTenge).sum();
    }

    public long getCompetitionId() {
        return competitionId;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public @Nullable String getReferenceNumber() {
        return referenceNumber;
    }

    public @Nullable String getScreeningReason() {
        return screeningReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
