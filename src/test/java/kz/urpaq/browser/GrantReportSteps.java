package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kz.urpaq.base.i18n.Language;

import java.util.Properties;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The reports' part of a grant's life in Chromium (domain.md §14.1), shared by the browser tests that
 * walk it: the recipient writes the interim report on a phone and hands it in, the organiser returns it
 * with a comment, the recipient reads it, fixes the report and hands it in again, the organiser accepts
 * it. Works over any application's plan: every milestone is marked done.
 */
final class GrantReportSteps {

    static final String COMMENT = "Екінші кезеңнің чегін қосыңыз.";

    private final BrowserTestSupport test;
    private final Page page;
    private final Properties kk = BrowserTestSupport.translations(Language.KK);

    GrantReportSteps(BrowserTestSupport test, Page page) {
        this.test = test;
        this.page = page;
    }

    /** The recipient, signed in, fills the interim report (spending {@code spent} ₸ on the first line) and hands it in. */
    void recipientHandsInTheInterimReport(long grantId, long spent) {
        page.setViewportSize(360, 800);
        test.open(page, report(grantId), "#report-state");
        var milestones = page.locator("[id^=milestone-status-]");
        for (int i = 0; i < milestones.count(); i++) {
            page.locator("#milestone-status-" + i + " vaadin-radio-button").first().click();
        }
        page.locator("#report-results textarea").fill("Сексен оқушы робот құрастырды");
        if (page.locator("#spending-actual-0").count() > 0) {
            page.locator("#spending-actual-0 input").fill(Long.toString(spent));
        }
        page.locator("#report-summary textarea").fill("Аудандағы сексен оқушы робот құрастырды.");
        page.locator("#report-summary textarea").press("Tab");
        BrowserTestSupport.waitForVaadin(page);
        BrowserTestSupport.assertNoHorizontalOverflow(page);
        BrowserTestSupport.assertNoMissingTranslations(page);
        ChromiumExtension.screenshot(page, "grant-report-applicant-kk-360");
        handIn();
    }

    /** An administrator, signed in, returns the interim report with {@link #COMMENT}. */
    void organiserReturnsIt(long grantId) {
        page.setViewportSize(1280, 900);
        test.open(page, "admin/grants/" + grantId + "/reports", "#interim-report");
        page.locator("#interim-return").click();
        page.locator("#interim-return-comment textarea").fill(COMMENT);
        page.locator("#interim-confirm-return").click();
        assertThat(page.locator("#interim-report")).hasAttribute("data-state", "RETURNED");
        assertThat(page.locator("#interim-history")).containsText(COMMENT);
    }

    /** The recipient, signed in, reads the comment, adds a note and hands the report in again. */
    void recipientFixesItAndHandsItInAgain(long grantId) {
        page.setViewportSize(360, 800);
        test.open(page, report(grantId), "#return-comment");
        assertThat(page.locator("#return-comment")).containsText(COMMENT);
        page.locator("#report-links textarea").fill("https://example.kz/chek");
        page.locator("#report-links textarea").press("Tab");
        BrowserTestSupport.waitForVaadin(page);
        BrowserTestSupport.assertNoHorizontalOverflow(page);
        handIn();
    }

    /** An administrator, signed in, accepts the interim report. */
    void organiserAcceptsIt(long grantId) {
        page.setViewportSize(1280, 900);
        test.open(page, "admin/grants/" + grantId + "/reports", "#interim-report");
        page.locator("#interim-accept").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(kk.getProperty("grant.report.accept.yes")))
                .click();
        assertThat(page.locator("#interim-report")).hasAttribute("data-state", "ACCEPTED");
        assertThat(page.locator("#interim-history")).containsText(kk.getProperty("grant.report.event.resubmitted"));
        ChromiumExtension.screenshot(page, "grant-reports-organiser-kk");
    }

    /** Leaves the page and forgets the session, ready for the next person to sign in. */
    void signOut() {
        page.navigate("about:blank");
        page.context().clearCookies();
    }

    private void handIn() {
        page.locator("#submit-report").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(kk.getProperty("grant.report.confirm.yes")))
                .click();
        assertThat(page.locator("#report-state")).hasAttribute("data-state", "SUBMITTED");
    }

    private static String report(long grantId) {
        return "grants/" + grantId + "/reports/interim";
    }
}
