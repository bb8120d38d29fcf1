package kz.urpaq.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One installation, two organisers (docs/domain.md §17), in Chromium: the Almaty Region office's
 * administrator sees its rounds and people only, the national round's administrator only the
 * national round, and one applicant account applies to both rounds.
 */
class OrganisersBrowserTest extends BrowserTestSupport {

    private static final String NATIONAL_ADMIN_EMAIL = "national.admin@urpaq.local";
    private static final String NATIONAL_TITLE = "республикалық кезең";
    private static final String REGIONAL_FINISHED_TITLE = "Тәуелсіздік ұрпақтары — 2025";

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private static Locator cells(Page page, String text) {
        return page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text));
    }

    private void searchUsers(Page page, String text) {
        page.locator("#user-search input").fill(text);
        page.locator("#user-search input").press("Enter");
        waitForVaadin(page);
    }

    @Test
    void the_regions_administrator_sees_the_regions_rounds_and_people_only(Page page) {
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/competitions", "vaadin-grid");
        assertThat(cells(page, REGIONAL_FINISHED_TITLE).first()).isVisible();
        assertThat(cells(page, NATIONAL_TITLE)).hasCount(0);

        open(page, "admin/users", "vaadin-grid");
        searchUsers(page, "national.admin");
        assertThat(cells(page, NATIONAL_ADMIN_EMAIL)).hasCount(0);
        searchUsers(page, "jury.science1");
        assertThat(cells(page, "jury.science1@urpaq.local").first()).isVisible();
        ChromiumExtension.screenshot(page, "organisers-regional-users");
    }

    @Test
    void the_national_administrator_sees_the_national_round_only(Page page) {
        signIn(page, NATIONAL_ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/competitions", "vaadin-grid");
        assertThat(cells(page, NATIONAL_TITLE).first()).isVisible();
        assertThat(cells(page, REGIONAL_FINISHED_TITLE)).hasCount(0);
        // every row is the national committee's (other tests may have given it drafts of its own)
        var national = jdbc.sql("select count(*) from competition c join organiser o on o.id = c.organiser_id"
                + " where o.code = 'national' and c.title_kk like '%ұрпақтары%'").query(Long.class).single();
        assertThat(page.locator("vaadin-grid-cell-content:has-text('" + "ұрпақтары" + "')")).hasCount((int) (long) national);
        ChromiumExtension.screenshot(page, "organisers-national-competitions");

        open(page, "admin/users", "vaadin-grid");
        searchUsers(page, "jury.science1");
        assertThat(cells(page, "jury.science1@urpaq.local")).hasCount(0);

        // a regional round's page by its address is "not found" for the national administrator
        var regional = jdbc.sql("select c.id from competition c join organiser o on o.id = c.organiser_id "
                + "where o.code = 'default' and c.code = 'TU-2025'").query(Long.class).single();
        page.navigate(url("admin/competitions/" + regional));
        assertThat(page.locator(".not-found, #not-found, vaadin-app-layout").first()).isVisible();
        assertThat(page.locator("body")).not().containsText(REGIONAL_FINISHED_TITLE);
    }

    @Test
    void one_applicant_account_applies_to_the_regions_round_and_to_the_national_round(Page page) {
        var email = accounts.newApplicant();
        signIn(page, email, accounts.passwordOf(email));
        open(page, "applications", ".start-application");
        assertThat(page.locator("#start-TU-2026-RK")).isVisible();
        page.locator("#start-TU-2026-RK").click();
        page.waitForURL(url -> url.matches(".*/applications/\\d+$"));

        open(page, "applications", ".start-application");
        assertThat(page.locator("#start-TU-2026-RK")).hasCount(0);
        page.locator("#start-TU-2026").click();
        page.waitForURL(url -> url.matches(".*/applications/\\d+$"));

        var organisers = jdbc.sql("select distinct o.code from application a join competition c on c.id = a.competition_id "
                        + "join organiser o on o.id = c.organiser_id join user_account u on u.id = a.applicant_id "
                        + "where u.email = :email").param("email", email).query(String.class).list();
        assertThat(organisers).containsExactlyInAnyOrder("default", "national");
        open(page, "applications", ".application-cards");
        ChromiumExtension.screenshot(page, "organisers-applicant-two-rounds");
        assertThat(page.locator(".application-cards h2")).hasCount(2);
    }
}
