package kz.urpaq.audit;

import jakarta.persistence.EntityManager;
import kz.urpaq.base.domain.Csv;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The breach report's first table (SPEC §15): for a time window, who read or took which person's
 * data — staff opening applications, downloading their files, people downloading their own data,
 * accounts deleted or anonymised — as CSV. Installation-wide, so the platform administrator's.
 * Each export is itself audited.
 */
@Service
@PreAuthorize("hasRole('PLATFORM')")
@Transactional
public class AccessLogService {

    /** What counts as an access to personal data. */
    public static final Set<AuditAction> ACCESSES = EnumSet.of(AuditAction.APPLICATION_READ,
            AuditAction.ATTACHMENT_DOWNLOADED, AuditAction.PERSONAL_DATA_EXPORTED, AuditAction.ACCOUNT_DELETED,
            AuditAction.RETENTION_ANONYMISED, AuditAction.ACCESS_LOG_EXPORTED);

    private final EntityManager entityManager;
    private final AuditTrail trail;

    AccessLogService(EntityManager entityManager, AuditTrail trail) {
        this.entityManager = entityManager;
        this.trail = trail;
    }

    /**
     * Writes the accesses from {@code from} (inclusive) until {@code until} (exclusive), oldest first:
     * when, who (account id and address), what was done, to which record, the competition, and whose data.
     */
    public void exportCsv(Instant from, Instant until, Writer out) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(AuditRecord.class);
        var root = query.from(AuditRecord.class);
        query.where(root.get("action").in(ACCESSES), cb.greaterThanOrEqualTo(root.get("occurredAt"), from),
                cb.lessThan(root.get("occurredAt"), until));
        query.orderBy(cb.asc(root.get("occurredAt")), cb.asc(root.get("id")));
        try {
            out.write(Csv.BYTE_ORDER_MARK);
            out.write(Csv.row(List.of("occurred_at", "actor_id", "actor", "action", "subject_type", "subject_id",
                    "competition_id", "details")));
            for (var record : entityManager.createQuery(query).getResultList()) {
                out.write(Csv.row(Arrays.asList(record.getOccurredAt(), record.getActorId(), record.getActor(),
                        record.getAction(), record.getSubjectType(), record.getSubjectId(), record.getCompetitionId(),
                        record.getDetails())));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trail.record(AuditAction.ACCESS_LOG_EXPORTED, "audit", null, null, null, null, from + " – " + until);
    }
}
