package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.competition.Phase;
import kz.urpaq.demo.FinishedCompetitionDemo;
import kz.urpaq.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliberation to publication in Chromium: an administrator finalises and announces a finished
 * competition of the demo kind (60 projects, complete reviews), and a visitor reads the public
 * results: three places in each of five directions and fifteen grants.
 */
class ResultsBrowserTest extends BrowserTestSupport {

    @Autowired
    FinishedCompetitionDemo demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void an_administrator_finalises_and_announces_and_a_visitor_reads_the_results(Page page) {
        var code = "TU-B" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        long competitionId = demo.seed(code, 2024, Phase.DELIBERATION);
        // announced straight from deliberation: without appeals (RevisionAndAppealBrowserTest has them)
        jdbc.sql("update competition set appeals_enabled = false where id = :id").param("id", competitionId).update();

        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/competitions/" + competitionId + "/results", "#finalise-results");
        page.locator("#finalise-results").click();
        page.locator("#confirm-finalise").click();
        assertThat(page.locator("#snapshot-hash")).isVisible();
        var hash = jdbc.sql("select sha256 from result_snapshot where competition_id = :id")
                .param("id", competitionId).query(String.class).single();

        // Eleven minutes after signing in, the announcement asks for the password and code again.
        clock.advance(Duration.ofMinutes(11));
        open(page, "admin/competitions/" + competitionId, "#next-phase");
        page.locator("#next-phase").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Иә, өту")).click();
        // The dialog host has no box of its own in Vaadin 25 (its overlay does): look for its field.
        assertThat(page.locator("#step-up-dialog #step-up-password")).isVisible();
        ChromiumExtension.screenshot(page, "step-up-before-announce-kk");
        assertThat(page.locator(".phase-badge")).hasAttribute("data-phase", Phase.DELIBERATION.name());
        page.locator("#step-up-password input").fill("not-the-password");
        page.locator("#step-up-code input").fill(secondFactorCode(ADMIN_EMAIL));
        page.locator("#step-up-confirm").click();
        assertThat(page.locator("#step-up-password")).hasAttribute("invalid", "");
        page.locator("#step-up-password input").fill(ADMIN_PASSWORD);
        page.locator("#step-up-code input").fill(secondFactorCode(ADMIN_EMAIL));
        page.locator("#step-up-confirm").click();
        assertThat(page.locator(".phase-badge")).hasAttribute("data-phase", Phase.ANNOUNCED.name());

        // Leave the administrator's page first: its session watch, finding the cookies gone, would
        // send the tab to the sign-in page in the middle of the next navigation.
        page.navigate("about:blank");
        page.context().clearCookies();
        open(page, "results/" + competitionId, ".results-direction");
        assertThat(page.locator(".results-direction")).hasCount(5);
        for (var direction : page.locator(".results-direction").all()) {
            assertThat(direction.locator(".award-badge[data-place='1']")).hasCount(1);
            assertThat(direction.locator(".award-badge[data-place='2']")).hasCount(1);
            assertThat(direction.locator(".award-badge[data-place='3']")).hasCount(1);
        }
        assertThat(page.locator(".award[data-grant='true']")).hasCount(15);
        assertThat(page.locator(".snapshot-hash")).hasText(hash);
        assertThat(page.locator("body")).not().containsText("@urpaq.local");
        assertNoMissingTranslations(page);
        assertNoHorizontalOverflow(page);
        ChromiumExtension.screenshot(page, "public-results-kk");

        page.setViewportSize(360, 800);
        open(page, "results/" + competitionId, ".results-direction");
        assertNoHorizontalOverflow(page);
        ChromiumExtension.screenshot(page, "public-results-kk-360");

        // The public page is public for people who are signed in too, whatever their role.
        for (var person : new String[][] {{APPLICANT_EMAIL, APPLICANT_PASSWORD}, {JUROR_EMAIL, JUROR_PASSWORD},
                {ADMIN_EMAIL, ADMIN_PASSWORD}}) {
            page.context().clearCookies();
            signIn(page, person[0], person[1]);
            open(page, "results/" + competitionId, ".results-direction");
            assertThat(page.locator(".results-direction")).hasCount(5);
            assertThat(page.locator(".snapshot-hash")).hasText(hash);
            assertThat(page.locator("body")).not().containsText(translations(Language.KK)
                    .getProperty("error.server.title"));
        }
    }
}
