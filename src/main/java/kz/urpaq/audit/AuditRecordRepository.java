package kz.urpaq.audit;

import org.springframework.data.repository.Repository;

/**
 * Append only: it does not extend CrudRepository, so there is no update or delete to call.
 * Searches are built in {@link AuditService} with the Criteria API.
 */
interface AuditRecordRepository extends Repository<AuditRecord, Long> {

    AuditRecord save(AuditRecord record);

    long count();
}
