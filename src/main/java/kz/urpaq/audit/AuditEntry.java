package kz.urpaq.audit;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An audit record as the audit page and the CSV export show it. */
public record AuditEntry(long id, Instant occurredAt, String actor, AuditAction action, String subjectType,
                         @Nullable Long subjectId, @Nullable Long competitionId, @Nullable String before,
                         @Nullable String after, @Nullable String details) {

    static AuditEntry of(AuditRecord record) {
        return new AuditEntry(record.getId(), record.getOccurredAt(), record.getActor(), record.getAction(),
                record.getSubjectType(), record.getSubjectId(), record.getCompetitionId(), record.getBeforeState(),
                record.getAfterState(), record.getDetails());
    }
}
