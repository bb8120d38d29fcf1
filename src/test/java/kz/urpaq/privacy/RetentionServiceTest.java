package kz.urpaq.privacy;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.TestApplications;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.MutableClockConfiguration;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The retention job (SPEC §15) anonymises exactly the applicants without an award of competitions
 * archived more than five years ago, checked against the database; its dry run changes nothing.
 */
@SpringBootTest
class RetentionServiceTest {

    @Autowired RetentionService retention;
    @Autowired AccountService accountService;
    @Autowired AuditService audit;
    @Autowired TestAccounts accounts;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    @AfterEach
    void tearDown() {
        accounts.signOut();
        clock.set(MutableClockConfiguration.START);
    }

    private Instant yearsAgo(int years, int days) {
        return clock.instant().atOffset(ZoneOffset.UTC).minusYears(years).minusDays(days).toInstant();
    }

    /** A competition moved to ARCHIVED at that instant, as its audit record says. */
    private long archivedAt(Instant when) {
        var id = TestApplications.competition(context);
        jdbc.sql("update competition set phase = 'ARCHIVED' where id = ?").param(id).update();
        jdbc.sql("""
                        insert into audit_record (occurred_at, actor, action, subject_type, subject_id, competition_id,
                        before_state, after_state) values (?, 'admin@example.kz', 'PHASE_CHANGED', 'competition', ?, ?,
                        'ANNOUNCED', 'ARCHIVED')""")
                .param(Timestamp.from(when)).param(id).param(id).update();
        return id;
    }

    private long accountId(String email) {
        return SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow().id();
    }

    /** A submitted application of the applicant in the competition. */
    private long applied(String email, long competitionId) {
        var application = TestApplications.draft(context, competitionId, email);
        TestApplications.submit(context, application);
        return application;
    }

    private void awarded(long competitionId, long applicationId, String email, Integer place, boolean grant) {
        jdbc.sql("""
                        insert into announced_result (competition_id, application_id, applicant_id, direction_id, position,
                        ranked_count, score, place, grant_awarded, project_title, holder_name, announced_at)
                        values (?, ?, ?, 0, 1, 3, 87.5, ?, ?, 'Жоба', 'Жеңімпаз Тест', ?)""")
                .param(competitionId).param(applicationId).param(accountId(email)).param(place).param(grant)
                .param(Timestamp.from(clock.instant())).update();
    }

    private String email(long accountId) {
        return jdbc.sql("select email from user_account where id = ?").param(accountId).query(String.class).single();
    }

    private long profiles(long accountId) {
        return jdbc.sql("select count(*) from applicant_profile where account_id = ?").param(accountId)
                .query(Long.class).single();
    }

    @Test
    void it_anonymises_exactly_the_applicants_without_an_award_of_competitions_archived_more_than_five_years_ago() {
        var old = archivedAt(yearsAgo(5, 1));
        var recent = archivedAt(yearsAgo(4, 300));
        var newer = TestApplications.competition(context);
        var plain = accounts.newApplicant();
        var placed = accounts.newApplicant();
        var granted = accounts.newApplicant();
        var stillApplying = accounts.newApplicant();
        var recentOnly = accounts.newApplicant();
        applied(plain, old);
        awarded(old, applied(placed, old), placed, 2, false);
        awarded(old, applied(granted, old), granted, null, true);
        applied(stillApplying, old);
        applied(stillApplying, newer);
        applied(recentOnly, recent);
        var ids = new long[]{accountId(plain), accountId(placed), accountId(granted), accountId(stillApplying),
                accountId(recentOnly)};

        var plan = SystemTask.run(() -> retention.plan());
        assertThat(plan.years()).isEqualTo(5);
        assertThat(plan.competitions()).extracting(RetentionPlan.Competition::id).contains(old).doesNotContain(recent);
        assertThat(plan.candidates()).extracting(RetentionPlan.Candidate::accountId)
                .contains(ids[0]).doesNotContain(ids[1], ids[2], ids[3], ids[4]);
        assertThat(email(ids[0])).as("the dry run changes nothing").isEqualTo(plain);

        var anonymised = SystemTask.run(() -> retention.run());

        assertThat(anonymised).isEqualTo(plan.candidates().size());
        assertThat(email(ids[0])).isEqualTo("deleted-" + ids[0] + "@deleted.invalid");
        assertThat(profiles(ids[0])).isZero();
        assertThat(email(ids[1])).isEqualTo(placed);
        assertThat(email(ids[2])).isEqualTo(granted);
        assertThat(email(ids[3])).isEqualTo(stillApplying);
        assertThat(email(ids[4])).isEqualTo(recentOnly);
        for (int i = 1; i < ids.length; i++) {
            assertThat(profiles(ids[i])).isOne();
        }
        assertThat(jdbc.sql("select holder_name from announced_result where applicant_id = ?").param(ids[1])
                .query(String.class).single()).as("winners keep their names").isEqualTo("Жеңімпаз Тест");
        assertThat(SystemTask.run(() -> audit.search(new AuditFilter(AuditAction.RETENTION_ANONYMISED, "account",
                ids[0], null, null, null), PageRequest.of(0, 10)))).hasSize(1);

        assertThat(SystemTask.run(() -> retention.run())).as("a second run finds nobody").isZero();
        assertThat(SystemTask.run(() -> audit.search(new AuditFilter(AuditAction.RETENTION_ANONYMISED, "account",
                ids[0], null, null, null), PageRequest.of(0, 10)))).hasSize(1);
    }

    @Test
    void only_the_platform_administrator_sees_or_runs_it() {
        accounts.signInAs(accounts.newAccount(kz.urpaq.security.Role.ADMIN, true));

        assertThatThrownBy(() -> retention.plan()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> retention.run()).isInstanceOf(AccessDeniedException.class);
    }
}
