package kz.urpaq.grant.report;

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
import kz.urpaq.grant.GrantSummary;
import kz.urpaq.grant.ReportKind;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One report of a grant (domain.md §14), from its first draft to its acceptance. */
@Entity
@Table(name = "grant_report")
class GrantReport extends AbstractEntity {

    @Column(name = "grant_id", nullable = false, updatable = false)
    private long grantId;

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "project_title", nullable = false, updatable = false, length = 500)
    private String projectTitle = "";

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 10)
    private ReportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private ReportState state;

    @Column(name = "results", nullable = false)
    private String results = "";

    @Column(name = "links", nullable = false)
    private String links = "";

    @Column(name = "public_summary", nullable = false, length = ReportContent.PUBLIC_SUMMARY_MAX_LENGTH)
    private String publicSummary = "";

    @ElementCollection
    @CollectionTable(name = "grant_report_milestone", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<MilestoneLine> milestones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "grant_report_spending", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<SpendingLine> spending = new ArrayList<>();

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;

    protected GrantReport() {
        // for JPA
        kind = ReportKind.INTERIM;
        state = ReportState.DRAFT;
        savedAt = Instant.EPOCH;
    }

    GrantReport(GrantSummary grant, ReportKind kind, ReportContent content, Instant now) {
        this.grantId = grant.id();
        this.competitionId = grant.competitionId();
        this.applicationId = grant.applicationId();
        this.projectTitle = grant.projectTitle();
        this.kind = kind;
        this.state = ReportState.DRAFT;
        this.savedAt = now;
        write(content);
    }

    ReportContent content() {
        return new ReportContent(milestones, results, spending, links, publicSummary);
    }

    void edit(ReportContent content, Instant now) {
        write(content);
        savedAt = now;
    }

    private void write(ReportContent content) {
        milestones.clear();
        milestones.addAll(content.milestones());
        spending.clear();
        spending.addAll(content.spending());
        results = content.results();
        links = content.links();
        publicSummary = content.publicSummary();
    }

    /** Hands the report in; tells whether it had been returned before (a resubmission). */
    boolean submit(Instant now) {
        var again = state == ReportState.RETURNED;
        state = ReportState.SUBMITTED;
        submittedAt = now;
        return again;
    }

    void giveBack() {
        state = ReportState.RETURNED;
    }

    void accept(Instant now) {
        state = ReportState.ACCEPTED;
        acceptedAt = now;
    }

    long getGrantId() {
        return grantId;
    }

    long getCompetitionId() {
        return competitionId;
    }

    long getApplicationId() {
        return applicationId;
    }

    String getProjectTitle() {
        return projectTitle;
    }

    ReportKind getKind() {
        return kind;
    }

    ReportState getState() {
        return state;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    @Nullable Instant getAcceptedAt() {
        return acceptedAt;
    }

    String getPublicSummary() {
        return publicSummary;
    }
}
