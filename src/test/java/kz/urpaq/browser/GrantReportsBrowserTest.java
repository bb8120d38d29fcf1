package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.grant.report.GrantReportFixture;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grant's interim report in Chromium (domain.md §14.1), from an ACTIVE grant whose first tranche was
 * paid: the recipient writes the report at 360 px and hands it in, the organiser returns it with a
 * comment, the recipient reads the comment, fixes the report and hands it in again, the organiser
 * accepts it, and the second tranche (waiting for the interim report) becomes DUE.
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
        var kk = translations(Language.KK);

        // The recipient writes the interim report on a phone and hands it in.
        signIn(page, grant.recipient(), accounts.passwordOf(grant.recipient()));
        page.setViewportSize(360, 800);
        var report = "grants/" + grant.id() + "/reports/interim";
        open(page, report, "#milestone-status-0");
        page.locator("#milestone-status-0 vaadin-radio-button").first().click();
        page.locator("#milestone-status-1 vaadin-radio-button").nth(1).click();
        page.locator("#milestone-note-1 textarea").fill("Жарыстың бірінші кезеңі өтті");
        page.locator("#report-results textarea").fill("Сексен оқушы робот құрастырды");
        page.locator("#spending-actual-0 input").fill("290000");
        page.locator("#spending-actual-1 input").fill("60000");
        page.locator("#report-summary textarea").fill("Аудандағы сексен оқушы робот құрастырды.");
        page.locator("#report-summary textarea").press("Tab");
        waitForVaadin(page);
        assertThat(page.locator("#report-totals")).containsText("350");
        assertNoHorizontalOverflow(page);
        assertNoMissingTranslations(page);
        ChromiumExtension.screenshot(page, "grant-report-applicant-kk-360");
        page.locator("#submit-report").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(kk.getProperty("grant.report.confirm.yes")))
                .click();
        assertThat(page.locator("#report-state")).hasAttribute("data-state", "SUBMITTED");

        // The organiser returns it with a comment.
        page.navigate("about:blank");
        page.context().clearCookies();
        page.setViewportSize(1280, 900);
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/grants/" + grant.id() + "/reports", "#interim-report");
        page.locator("#interim-return").click();
        page.locator("#interim-return-comment textarea").fill("Екінші кезеңнің чегін қосыңыз.");
        page.locator("#interim-confirm-return").click();
        assertThat(page.locator("#interim-report")).hasAttribute("data-state", "RETURNED");
        assertThat(page.locator("#interim-history")).containsText("Екінші кезеңнің чегін қосыңыз.");

        // The recipient reads the comment, fixes the report and hands it in again.
        page.navigate("about:blank");
        page.context().clearCookies();
        signIn(page, grant.recipient(), accounts.passwordOf(grant.recipient()));
        page.setViewportSize(360, 800);
        open(page, report, "#return-comment");
        assertThat(page.locator("#return-comment")).containsText("Екінші кезеңнің чегін қосыңыз.");
        page.locator("#spending-note-1 input").fill("Чек қосылды");
        page.locator("#spending-note-1 input").press("Tab");
        waitForVaadin(page);
        assertNoHorizontalOverflow(page);
        page.locator("#submit-report").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(kk.getProperty("grant.report.confirm.yes")))
                .click();
        assertThat(page.locator("#report-state")).hasAttribute("data-state", "SUBMITTED");

        // The organiser accepts it; the second tranche falls due.
        page.navigate("about:blank");
        page.context().clearCookies();
        page.setViewportSize(1280, 900);
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/grants/" + grant.id() + "/reports", "#interim-report");
        page.locator("#interim-accept").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(kk.getProperty("grant.report.accept.yes")))
                .click();
        assertThat(page.locator("#interim-report")).hasAttribute("data-state", "ACCEPTED");
        assertThat(page.locator("#interim-history")).containsText(kk.getProperty("grant.report.event.resubmitted"));
        ChromiumExtension.screenshot(page, "grant-reports-organiser-kk");
        assertThat(jdbc.sql("select state from grant_tranche where grant_id = :grant and position = 1")
                .param("grant", grant.id()).query(String.class).single()).isEqualTo("DUE");
    }
}
