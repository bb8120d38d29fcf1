package kz.urpaq.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * One audit record: who did what to which subject, when, and the state before and after. Rows
 * are written once; the entity is immutable and its repository has no update or delete.
 */
@Entity
@Immutable
@Table(name = "audit_record")
public class AuditRecord {

    public static final int STATE_MAX_LENGTH = 4000;
    public static final int DETAILS_MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", updatable = false)
    private @Nullable Long actorId;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private @Nullable Long subjectId;

    @Column(name = "competition_id", updatable = false)
    private @Nullable Long competitionId;

    /** Whose trail the record is in; none for the platform's own (sign-ins, organisers, mail). */
    @Column(name = "organiser_id", updatable = false)
    private @Nullable Long organiserId;

    @Column(name = "before_state", updatable = false, length = STATE_MAX_LENGTH)
    private @Nullable String beforeState;

    @Column(name = "after_state", updatable = false, length = STATE_MAX_LENGTH)
    private @Nullable String afterState;

    @Column(updatable = false, length = DETAILS_MAX_LENGTH)
    private @Nullable String details;

    protected AuditRecord() {
    }

    AuditRecord inOrganiser(@Nullable Long organiserId) {
        this.organiserId = organiserId;
        return this;
    }

    public @Nullable Long getOrganiserId() {
        return organiserId;
    }

    AuditRecord(Instant occurredAt, @Nullable Long actorId, String actor, AuditAction action, String subjectType,
                @Nullable Long subjectId, @Nullable Long competitionId, @Nullable String beforeState,
                @Nullable String afterState, @Nullable String details) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.competitionId = competitionId;
        this.beforeState = clip(beforeState, STATE_MAX_LENGTH);
        this.afterState = clip(afterState, STATE_MAX_LENGTH);
        this.details = clip(details, DETAILS_MAX_LENGTH);
    }

    private static @Nullable String clip(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public @Nullable Long getActorId() {
        return actorId;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public @Nullable Long getSubjectId() {
        return subjectId;
    }

    public @Nullable Long getCompetitionId() {
        return competitionId;
    }

    public @Nullable String getBeforeState() {
        return beforeState;
    }

    public @Nullable String getAfterState() {
        return afterState;
    }

    public @Nullable String getDetails() {
        return details;
    }
}
