package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import kz.urpaq.certificate.CertificateService;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.demo.FinishedCompetitionDemo;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certificates of the announced 2025 demo competition in Chromium: a visitor verifies one by
 * its QR address and gets the plain not-found page for a made-up code; the organiser's issue
 * page shows the counts; a prize winner downloads their own from "My certificates".
 */
class CertificatesBrowserTest extends BrowserTestSupport {

    @Autowired
    CertificateService certificates;

    @Autowired
    CompetitionService competitions;

    @Test
    void a_visitor_verifies_a_certificate_and_holders_and_organisers_find_theirs(Page page) {
        long competitionId = SystemTask.run(() -> competitions.findByCode(FinishedCompetitionDemo.CODE))
                .orElseThrow().id();
        var url = SystemTask.run(() -> certificates.sampleVerificationUrl(competitionId)).orElseThrow();
        var path = URI.create(url).getPath().substring(1);

        open(page, path, "#verify-status");
        assertThat(page.locator("#verify-status")).hasClass(java.util.regex.Pattern.compile(".*\\bvalid\\b.*"));
        assertThat(page.locator(".verify-details")).containsText("Тәуелсіздік ұрпақтары — 2025");
        assertThat(page.locator("body")).not().containsText("@urpaq.local");
        assertNoMissingTranslations(page);
        page.setViewportSize(360, 800);
        assertNoHorizontalOverflow(page);
        ChromiumExtension.screenshot(page, "verify-kk-360");

        open(page, "verify/AAAAAAAAAAAAAAAAAAAAAA", "main");
        assertThat(page.locator("#verify-status")).hasCount(0);
        page.setViewportSize(1280, 900);

        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/competitions/" + competitionId + "/certificates", "#certificate-counts");
        assertThat(page.locator("#count-place_diploma")).containsText("16"); // 15 + one upheld appeal
        assertThat(page.locator("#count-participation_certificate")).containsText("60");
        assertThat(page.locator("#certificates-zip")).isVisible();
        ChromiumExtension.screenshot(page, "certificates-admin-kk");
    }
}
