package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.demo.FinishedCompetitionDemo;
import kz.urpaq.grant.GrantRow;
import kz.urpaq.grant.GrantService;
import kz.urpaq.grant.GrantState;
import kz.urpaq.grant.TrancheState;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grant after the award in Chromium (domain.md §14), on the 2025 demo competition: a grant
 * recipient accepts the agreement online with the password again, the organiser countersigns it
 * and records the first tranche; the recipient hands in the interim report, the organiser returns it
 * with a comment, the recipient fixes it and hands it in again, the organiser accepts it, and the
 * second tranche becomes DUE ({@link GrantReportSteps}).
 */
class GrantBrowserTest extends BrowserTestSupport {

    @Autowired GrantService grants;
    @Autowired CompetitionService competitions;
    @Autowired AccountService accounts;

    @Autowired JdbcClient jdbc;

    @Test
    void a_recipient_accepts_the_agreement_the_first_tranche_is_paid_and_the_interim_report_returned_fixed_and_accepted(
            Page page) {
        long competitionId = SystemTask.run(() -> competitions.findByCode(FinishedCompetitionDemo.CODE)).orElseThrow().id();
        var offered = offeredGrant(competitionId);
        long grantId = offered.grant().id();
        var recipient = SystemTask.run(() -> accounts.findAllById(List.of(offered.grant().recipientAccountId())))
                .getFirst().email();
        var kk = translations(Language.KK);

        // The recipient reads the grant on a phone and accepts the agreement, typing the password again.
        page.setViewportSize(360, 800);
        signIn(page, recipient, APPLICANT_PASSWORD);
        open(page, "grants", "#grant-" + grantId);
        assertThat(page.locator("#grant-" + grantId)).containsText(offered.grant().projectTitle());
        assertThat(page.locator("#grant-download-" + grantId)).isVisible();
        assertNoHorizontalOverflow(page);
        assertNoMissingTranslations(page);
        ChromiumExtension.screenshot(page, "grant-applicant-kk-360");
        page.locator("#grant-accept-" + grantId).click();
        page.locator("#grant-accept-password input").fill(APPLICANT_PASSWORD);
        page.locator("#grant-accept-confirm").click();
        assertThat(page.locator("#grant-" + grantId)).containsText(kk.getProperty("grant.signature-method.online"));
        assertThat(page.locator("#grant-" + grantId)).containsText(kk.getProperty("grant.state.accepted"));
        page.setViewportSize(1280, 900);

        // The organiser countersigns in the grant register: the first tranche falls due, and is paid.
        page.navigate("about:blank");
        page.context().clearCookies();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/competitions/" + competitionId + "/grants", "#grant-register");
        var countersign = page.locator("#grant-countersign-" + grantId);
        countersign.scrollIntoViewIfNeeded();
        waitForVaadin(page);
        countersign.click();
        waitForVaadin(page);
        assertThat(page.locator("#grant-countersign-" + grantId)).hasCount(0);
        long firstTranche = offered.tranches().getFirst().id();
        page.locator("#grant-pay-" + firstTranche).click();
        page.locator("#grant-payment-reference input").fill("ПП № 7001");
        page.locator("#grant-pay-confirm").click();
        assertThat(page.locator("#grant-register")).containsText("ПП № 7001");
        ChromiumExtension.screenshot(page, "grant-register-kk");

        var after = SystemTask.run(() -> grants.grant(grantId));
        assertThat(after.grant().state()).isEqualTo(GrantState.ACTIVE);
        assertThat(after.tranches()).extracting(t -> t.state())
                .containsExactly(TrancheState.PAID, TrancheState.PLANNED);

        // The recipient finds the interim report on /grants and hands it in; the organiser returns it with
        // a comment; the recipient fixes it and hands it in again; the organiser accepts it.
        var steps = new GrantReportSteps(this, page);
        steps.signOut();
        signIn(page, recipient, APPLICANT_PASSWORD);
        open(page, "grants", "#grant-" + grantId);
        assertThat(page.locator("#grant-" + grantId + " .grant-reports a").first())
                .hasAttribute("href", "grants/" + grantId + "/reports/interim");
        var firstLine = jdbc.sql("select quantity * unit_cost_tenge from application_budget_line "
                        + "where application_id = :application and position = 0")
                .param("application", offered.grant().applicationId()).query(Long.class).optional().orElse(0L);
        steps.recipientHandsInTheInterimReport(grantId,
                Math.min(firstLine, offered.grant().amount().longValue() / 2));
        steps.signOut();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        steps.organiserReturnsIt(grantId);
        steps.signOut();
        signIn(page, recipient, APPLICANT_PASSWORD);
        steps.recipientFixesItAndHandsItInAgain(grantId);
        steps.signOut();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        steps.organiserAcceptsIt(grantId);

        assertThat(SystemTask.run(() -> grants.grant(grantId)).tranches()).extracting(t -> t.state())
                .containsExactly(TrancheState.PAID, TrancheState.DUE);
    }

    /** The demo leaves two adult recipients' grants OFFERED (not one offered from the reserve list); GrantViewsTest may have accepted the first. */
    private GrantRow offeredGrant(long competitionId) {
        return SystemTask.run(() -> grants.register(competitionId)).stream()
                .filter(r -> r.grant().state() == GrantState.OFFERED && r.replacesGrantId() == null)
                .findFirst().orElseThrow();
    }
}
