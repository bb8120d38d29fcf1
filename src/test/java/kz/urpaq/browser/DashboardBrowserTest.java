package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.demo.FinishedCompetitionDemo;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisers' dashboard of the 2025 demo round in Chromium, in Kazakh: the charts draw, the
 * tables hold the hand-counted figures, a CSV downloads, and nothing spills sideways on a phone.
 */
class DashboardBrowserTest extends BrowserTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;


    @Autowired
    CompetitionService competitions;

    @Test
    void the_administrator_reads_the_2025_round_at_a_glance(Page page) throws Exception {
        var id = SystemTask.run(() -> competitions.findByCode(FinishedCompetitionDemo.CODE)).orElseThrow().id();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/competitions/" + id + "/dashboard", "#table-severity");

        assertThat(page.locator("#dashboard-district svg rect.chart-bar")).hasCount(11);
        assertThat(page.locator("#table-district tr", new Page.LocatorOptions().setHasText("Талғар ауданы")))
                .containsText("9");
        assertThat(page.locator("#table-ages tbody tr").last()).containsText("60");
        assertThat(page.locator("#table-funnel tbody tr").last()).containsText("16"); // 15 + one upheld appeal
        assertThat(page.locator("#table-curve tbody tr").last()).containsText("15.10.2025");
        assertThat(page.locator("#table-severity tr", new Page.LocatorOptions().setHasText("комиссиядан алшақ")))
                .containsText("Тимур Әбілқасымов");
        assertThat(page.locator("#dashboard-severity circle.chart-outlier")).hasCount(1);
        // its own curve, and the year before's beside it when the organiser had a 2024 round (other
        // tests on a shared database may have made one)
        var previousYears = jdbc.sql("select count(*) from competition c join organiser o on o.id = c.organiser_id"
                + " where o.code = 'default' and c.competition_year = 2024 and c.phase <> 'DRAFT'").query(Long.class).single();
        assertThat(page.locator("#dashboard-curve svg path.chart-line")).hasCount(previousYears > 0 ? 2 : 1);

        var download = page.waitForDownload(() -> page.locator("#csv-district").click());
        var csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\ufeff").contains("Талғар ауданы,9");

        ChromiumExtension.screenshot(page, "dashboard-kk-1280");
        page.setViewportSize(ChromiumExtension.PHONE_WIDTH, 800);
        waitForVaadin(page);
        assertNoHorizontalOverflow(page);
        ChromiumExtension.screenshot(page, "dashboard-kk-360");
        assertNoMissingTranslations(page);

        var review = SystemTask.run(() -> competitions.findByCode("TU-2026-D")).orElseThrow().id();
        page.setViewportSize(ChromiumExtension.DESKTOP_WIDTH, 800);
        open(page, "admin/competitions/" + review + "/dashboard", "#table-curve");
        assertThat(page.locator("#dashboard-curve svg path.chart-last-year")).hasCount(1);
        assertThat(page.locator("#table-curve thead")).containsText("2025");
        var chart = page.locator("#dashboard-curve .dashboard-chart");
        chart.scrollIntoViewIfNeeded();
        chart.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                .setPath(ChromiumExtension.SCREENSHOTS.resolve("dashboard-curve-two-years-kk.png")));
    }
}
