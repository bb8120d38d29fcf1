package kz.urpaq.grant.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One step of a report's history: who did what, when, and the comment of a return. */
@Entity
@Table(name = "grant_report_event")
class ReportEvent extends AbstractEntity {

    static final int COMMENT_MAX_LENGTH = 2000;

    @Column(name = "report_id", nullable = false, updatable = false)
    private long reportId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 12)
    private ReportEventAction action;

    @Column(name = "actor_id", updatable = false)
    private @Nullable Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false, length = 200)
    private String actorName;

    @Column(name = "comment", updatable = false, length = COMMENT_MAX_LENGTH)
    private @Nullable String comment;

    @Column(name = "happened_at", nullable = false, updatable = false)
    private Instant happenedAt;

    protected ReportEvent() {
        // for JPA
        action = ReportEventAction.SUBMITTED;
        actorName = "";
        happenedAt = Instant.EPOCH;
    }

    ReportEvent(long reportId, ReportEventAction action, @Nullable Long actorId, String actorName,
                @Nullable String comment, Instant happenedAt) {
        this.reportId = reportId;
        this.action = action;
        this.actorId = actorId;
        this.actorName = actorName;
        this.comment = comment;
        this.happenedAt = happenedAt;
    }

    ReportHistoryEntry entry() {
        return new ReportHistoryEntry(action, actorName, comment, happenedAt);
    }
}
