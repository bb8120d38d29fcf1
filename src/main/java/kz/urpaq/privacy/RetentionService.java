package kz.urpaq.privacy;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.base.personal.PersonalDataSubject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Retention (SPEC §15): {@code urpaq.privacy.retention-years} (5) after a competition was archived,
 * the personal data of its applicants without an award is anonymised through every room's
 * {@link kz.urpaq.base.personal.PersonalDataSection}, as a deletion would. An applicant is taken only
 * when every application of theirs is in such a competition and none won a place or a grant;
 * winners keep their names on results and certificates. The installation's platform administrator
 * sees the dry run ({@link #plan()}) and runs it ({@link #run()}); a run anonymises what the plan
 * shows at that moment, audits each account, and a second run finds nothing.
 * When a competition was archived is read from the audit trail (its move to ARCHIVED).
 */
@Service
@PreAuthorize("hasRole('PLATFORM')")
@Transactional
public class RetentionService {

    private final JdbcClient jdbc;
    private final PersonalDataEraser eraser;
    private final AuditTrail audit;
    private final Clock clock;
    private final int years;

    RetentionService(JdbcClient jdbc, PersonalDataEraser eraser, AuditTrail audit, Clock clock,
                     @Value("${urpaq.privacy.retention-years:5}") int years) {
        this.jdbc = jdbc;
        this.eraser = eraser;
        this.audit = audit;
        this.clock = clock;
        this.years = years;
    }

    /** The dry run: what {@link #run()} would anonymise now. Changes nothing. */
    @Transactional(readOnly = true)
    public RetentionPlan plan() {
        var cutoff = clock.instant().atOffset(ZoneOffset.UTC).minusYears(years).toInstant();
        var competitions = jdbc.sql("""
                        select c.id, c.code, x.archived_at from competition c join (
                            select subject_id, max(occurred_at) as archived_at from audit_record
                            where action = 'PHASE_CHANGED' and subject_type = 'competition' and after_state = 'ARCHIVED'
                            group by subject_id) x on x.subject_id = c.id
                        where c.phase = 'ARCHIVED' and x.archived_at <= ? order by x.archived_at, c.id""")
                .param(java.sql.Timestamp.from(cutoff))
                .query((row, n) -> new RetentionPlan.Competition(row.getLong("id"), row.getString("code"),
                        row.getTimestamp("archived_at").toInstant()))
                .list();
        if (competitions.isEmpty()) {
            return new RetentionPlan(years, cutoff, competitions, List.of());
        }
        var expired = competitions.stream().map(RetentionPlan.Competition::id).toList();
        var codes = new LinkedHashMap<Long, String>();
        competitions.forEach(competition -> codes.put(competition.id(), competition.code()));
        var candidates = new LinkedHashMap<Long, RetentionPlan.Candidate>();
        jdbc.sql("""
                        select u.id, u.display_name, p.competition_id from user_account u
                        join application p on p.applicant_id = u.id
                        where p.competition_id in (:expired)
                          and u.email not like 'deleted-%@deleted.invalid'
                          and not exists (select 1 from application o where o.applicant_id = u.id
                                          and o.competition_id not in (:expired))
                          and not exists (select 1 from announced_result r where r.applicant_id = u.id
                                          and (r.place is not null or r.grant_awarded = true))
                          and not exists (select 1 from user_account_role ro where ro.account_id = u.id
                                          and ro.role <> 'APPLICANT')
                        order by u.id, p.competition_id""")
                .param("expired", expired)
                .query(row -> {
                    var id = row.getLong("id");
                    var candidate = candidates.computeIfAbsent(id, key -> {
                        try {
                            return new RetentionPlan.Candidate(id, row.getString("display_name"), new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    var code = codes.get(row.getLong("competition_id"));
                    if (!candidate.competitionCodes().contains(code)) {
                        candidate.competitionCodes().add(code);
                    }
                });
        return new RetentionPlan(years, cutoff, competitions, candidates.values().stream()
                .map(c -> new RetentionPlan.Candidate(c.accountId(), c.displayName(), List.copyOf(c.competitionCodes())))
                .toList());
    }

    /**
     * Anonymises every applicant the plan names now; each is audited with the competitions that
     * expired. Running it again finds nobody.
     *
     * @return how many accounts were anonymised
     */
    public int run() {
        var plan = plan();
        for (var candidate : plan.candidates()) {
            var email = jdbc.sql("select email from user_account where id = ?").param(candidate.accountId())
                    .query(String.class).single();
            audit.record(AuditAction.RETENTION_ANONYMISED, "account", candidate.accountId(), null, null, null,
                    plan.years() + " years after " + String.join(", ", candidate.competitionCodes()));
            eraser.erase(new PersonalDataSubject(candidate.accountId(), email));
        }
        return plan.candidates().size();
    }
}
