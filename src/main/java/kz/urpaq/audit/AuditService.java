package kz.urpaq.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import kz.urpaq.base.domain.Csv;
import kz.urpaq.security.StaffScope;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reading the audit trail: an organiser's administrators read their organiser's records; the
 * platform administrator reads the platform's own (sign-ins, organisers, mail), which belong to no
 * organiser.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN', 'PLATFORM')")
@Transactional(readOnly = true)
public class AuditService {

    private final EntityManager entityManager;
    private final StaffScope scope;

    AuditService(EntityManager entityManager, StaffScope scope) {
        this.entityManager = entityManager;
        this.scope = scope;
    }

    public List<AuditEntry> search(AuditFilter filter, Pageable pageable) {
        var query = entityManager.createQuery(criteria(filter, false));
        query.setFirstResult((int) pageable.getOffset());
        query.setMaxResults(pageable.getPageSize());
        return query.getResultList().stream().map(AuditEntry::of).toList();
    }

    /**
     * Writes the filtered records as CSV (UTF-8 with a byte order mark so Excel reads Kazakh),
     * oldest first, streaming rows instead of loading them all.
     */
    public void exportCsv(AuditFilter filter, Writer out) {
        try {
            out.write(Csv.BYTE_ORDER_MARK);
            out.write(Csv.row(List.of("id", "occurred_at", "actor", "action", "subject_type", "subject_id",
                    "competition_id", "before", "after", "details")));
            try (Stream<AuditRecord> rows = entityManager.createQuery(criteria(filter, true)).getResultStream()) {
                for (var record : (Iterable<AuditRecord>) rows::iterator) {
                    out.write(Csv.row(Arrays.asList(record.getId(), record.getOccurredAt(), record.getActor(),
                            record.getAction(), record.getSubjectType(), record.getSubjectId(),
                            record.getCompetitionId(), record.getBeforeState(), record.getAfterState(),
                            record.getDetails())));
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private jakarta.persistence.criteria.CriteriaQuery<AuditRecord> criteria(AuditFilter filter, boolean oldestFirst) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> record = query.from(AuditRecord.class);
        var where = new ArrayList<Predicate>();
        var administered = scope.administered();
        if (!administered.everyOrganiser()) {
            var organiser = record.<Long>get("organiserId");
            var mine = administered.ids().isEmpty() ? cb.disjunction() : organiser.in(administered.ids());
            where.add(scope.isPlatformAdministrator() ? cb.or(mine, cb.isNull(organiser)) : mine);
        }
        if (filter.action() != null) {
            where.add(cb.equal(record.get("action"), filter.action()));
        }
        if (filter.subjectType() != null && !filter.subjectType().isBlank()) {
            where.add(cb.equal(record.get("subjectType"), filter.subjectType()));
        }
        if (filter.subjectId() != null) {
            where.add(cb.equal(record.get("subjectId"), filter.subjectId()));
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add(cb.like(cb.lower(record.get("actor")),
                    "%" + filter.actor().strip().toLowerCase(Locale.ROOT) + "%"));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(record.get("occurredAt"), filter.from()));
        }
        if (filter.until() != null) {
            where.add(cb.lessThan(record.get("occurredAt"), filter.until()));
        }
        query.where(where.toArray(Predicate[]::new));
        if (oldestFirst) {
            query.orderBy(cb.asc(record.get("occurredAt")), cb.asc(record.get("id")));
        } else {
            query.orderBy(cb.desc(record.get("occurredAt")), cb.desc(record.get("id")));
        }
        return query;
    }
}
