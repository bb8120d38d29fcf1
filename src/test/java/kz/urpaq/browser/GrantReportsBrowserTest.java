package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import kz.urpaq.grant.report.GrantReportFixture;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grant's interim report in Chromium (domain.md §14.1), from an ACTIVE grant of its own whose first
 * tranche was paid (the whole life of a demo grant is {@link GrantBrowserTest}): returned with a
 * comment, fixed, handed in again and accepted; the second tranche, waiting for it, becomes DUE.
 */
class GrantReportsBrowserTest extends BrowserTestSupport {

    @Autowired GrantReportFixture fixture;
    @Autowired TestAccounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void an_interim_report_is_returned_with_a_comment_fixed_and_accepted_and_the_second_tranche_falls_due(Page page) {
        var grant = fixture.activeGrant();
        jdbc.sql("insert into grant_tranche (grant_id, position, percent, amount, due_on, state, paid_on, "
                        + "payment_reference) values (:grant, 0, 70, 350000, 'COUNTERSIGNED', 'PAID', current_date, "
                        + "'ПП № 0001'), (:grant, 1, 30, 150000, 'INTERIM_ACCEPTED', 'PLANNED', null, null)")
                .param("grant", grant.id()).update();
        var steps = new GrantReportSteps(this, page);
        var password = accounts.passwordOf(grant.recipient());

        signIn(page, grant.recipient(), password);
        steps.recipientHandsInTheInterimReport(grant.id(), 290_000);
        steps.signOut();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        steps.organiserReturnsIt(grant.id());
        steps.signOut();
        signIn(page, grant.recipient(), password);
        steps.recipientFixesItAndHandsItInAgain(grant.id());
        steps.signOut();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        steps.organiserAcceptsIt(grant.id());

        assertThat(jdbc.sql("select state from grant_tranche where grant_id = :grant order by position")
                .param("grant", grant.id()).query(String.class).list()).containsExactly("PAID", "DUE");
    }
}
