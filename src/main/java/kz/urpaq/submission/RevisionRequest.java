package kz.urpaq.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * The organisers returned a submitted application for revision (domain.md §13): what to fix, by
 * when, and how it ended — sent again in time, or the deadline passed, the earlier version stood
 * and the unsent draft was kept here.
 */
@Entity
@Table(name = "revision_request")
class RevisionRequest extends AbstractEntity {

    enum Outcome { RESUBMITTED, EXPIRED }

    @Column(name = "application_id", nullable = false, updatable = false)
    private long applicationId;

    @Column(name = "competition_id", nullable = false, updatable = false)
    private long competitionId;

    @Column(nullable = false, updatable = false, length = 2000)
    private String note;

    @Column(nullable = false, updatable = false)
    private Instant deadline;

    @Column(name = "requested_by", updatable = false)
    private @Nullable Long requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private @Nullable Outcome outcome;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    @Column(name = "kept_draft_json", length = 200_000)
    private @Nullable String keptDraftJson;

    protected RevisionRequest() {
    }

    RevisionRequest(long applicationId, long competitionId, String note, Instant deadline, @Nullable Long requestedBy,
                    Instant requestedAt) {
        this.applicationId = applicationId;
        this.competitionId = competitionId;
        this.note = note;
        this.deadline = deadline;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void resolve(Outcome outcome, Instant now, @Nullable String keptDraftJson) {
        this.outcome = outcome;
        this.resolvedAt = now;
        this.keptDraftJson = keptDraftJson;
    }

    long getApplicationId() {
        return applicationId;
    }

    String getNote() {
        return note;
    }

    Instant getDeadline() {
        return deadline;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    @Nullable Outcome getOutcome() {
        return outcome;
    }

    @Nullable String getKeptDraftJson() {
        return keptDraftJson;
    }
}
