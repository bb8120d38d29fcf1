package kz.urpaq.audit;

import kz.urpaq.base.personal.PersonalDataSection;
import kz.urpaq.base.personal.PersonalDataSubject;
import kz.urpaq.base.personal.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * The audit records about the account: what it did, and what was done to it. The trail itself is
 * kept as written (append-only: it is the record of who did what, and the breach report reads it).
 */
@Component
class AuditPersonalData implements PersonalDataSection {

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(PersonalDataSubject subject) {
        return Map.of("audit_record", PersonalRows.rows(jdbc, """
                        select id, occurred_at, actor, action, subject_type, subject_id, competition_id, before_state,
                        after_state, details from audit_record
                        where actor_id = ? or (subject_type = 'account' and subject_id = ?) order by id""",
                subject.accountId(), subject.accountId()));
    }

    @Override
    public void erase(PersonalDataSubject subject, String label) {
        // the trail is append-only (AuditRecordRepository): it stays as written, the record of who did what
    }
}
