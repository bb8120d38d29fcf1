package kz.urpaq.grant.report;

import kz.urpaq.review.ReviewFixture;
import kz.urpaq.security.SystemTask;
import kz.urpaq.security.AccountService;
import kz.urpaq.testing.MutableClockConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A grant of its own for each test: a fresh competition (the review fixture's) whose first
 * application gets two milestones, expected results and two budget lines, an ACTIVE grant of
 * 500 000 ₸ to its applicant, and report due dates 20 days (interim) and 90 days (final) after
 * the test clock's start (25.11.2026 in Almaty): 15.12.2026 and 23.02.2027.
 */
@Component
public class GrantReportFixture {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    public static final LocalDate INTERIM_DUE = TODAY.plusDays(20);
    public static final LocalDate FINAL_DUE = TODAY.plusDays(90);
    public static final BigDecimal AMOUNT = new BigDecimal("500000.00");

    private final ReviewFixture fixture;
    private final JdbcTemplate jdbc;
    private final AccountService accounts;

    GrantReportFixture(ReviewFixture fixture, JdbcTemplate jdbc, AccountService accounts) {
        this.fixture = fixture;
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** A grant, its competition and its recipient's e-mail. */
    public record Grant(long id, long competitionId, long applicationId, String recipient) {
    }

    public Grant activeGrant() {
        return grant("ACTIVE");
    }

    public Grant grant(String state) {
        var setup = fixture.build(new int[] {1}, new int[] {1}, 1);
        var applicationId = setup.panel(0).applications().getFirst();
        jdbc.update("update application set expected_results = ? where id = ?",
                "Жүз оқушы робот құрастыруды үйренеді", applicationId);
        jdbc.update("delete from application_milestone where application_id = ?", applicationId);
        jdbc.update("delete from application_budget_line where application_id = ?", applicationId);
        jdbc.update("insert into application_milestone (application_id, position, title, finish_by, description) "
                + "values (?, 0, 'Үйірме ашу', ?, 'Бөлме мен құрал'), (?, 1, 'Жарыс өткізу', ?, '')",
                applicationId, java.sql.Date.valueOf(TODAY.plusDays(30)), applicationId,
                java.sql.Date.valueOf(TODAY.plusDays(80)));
        jdbc.update("insert into application_budget_line (application_id, position, item, quantity, unit_cost_tenge) "
                + "values (?, 0, 'Робот жинағы', 10, 30000), (?, 1, 'Жарыс сыйлықтары', 5, 20000)",
                applicationId, applicationId);
        var now = Timestamp.from(MutableClockConfiguration.START);
        var grantId = new SimpleJdbcInsert(jdbc).withTableName("project_grant").usingGeneratedKeyColumns("id")
                .usingColumns("competition_id", "application_id", "recipient_account_id", "state", "amount",
                        "project_title", "recipient_name", "created_at", "updated_at")
                .executeAndReturnKey(Map.of("competition_id", setup.id(), "application_id", applicationId,
                        "recipient_account_id", setup.applicantId(), "state", state, "amount", AMOUNT,
                        "project_title", "Робототехника үйірмесі", "recipient_name", "Алушы",
                        "created_at", now, "updated_at", now)).longValue();
        jdbc.update("insert into grant_terms (competition_id, agreement_text_kk, agreement_text_ru, interim_report_due, "
                        + "final_report_due) values (?, 'Шарт', 'Договор', ?, ?)", setup.id(),
                java.sql.Date.valueOf(INTERIM_DUE), java.sql.Date.valueOf(FINAL_DUE));
        var email = SystemTask.run(() -> accounts.findAllById(List.of(setup.applicantId()))).getFirst().email();
        return new Grant(grantId, setup.id(), applicationId, email);
    }

    public void setState(Grant grant, String state) {
        jdbc.update("update project_grant set state = ? where id = ?", state, grant.id());
    }
}
