package kz.urpaq.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.Role;
import kz.urpaq.submission.TestApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser's copy of the application form (frontend/scripts/draft-backup.js, loaded without a
 * frontend build): text typed while the connection is lost comes back on the next visit and is
 * saved then.
 */
class DraftBackupBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "Жоба-сақталады-2026!";

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void text_typed_while_the_connection_is_lost_comes_back_on_the_next_visit_and_is_saved(Page page,
                                                                                           BrowserContext browser) {
        var email = createThrowawayAccount(PASSWORD, "Әсем Қанатқызы", Role.APPLICANT, Language.KK);
        var id = TestApplications.draft(context, competitionService.current().orElseThrow().id(), email);
        signIn(page, email, PASSWORD);
        open(page, "applications/" + id, "#field-title");
        page.locator("#field-title input").fill("Ауыл кітапханасы");
        assertThat(page.locator("h1")).hasText("Ауыл кітапханасы");

        browser.setOffline(true);
        page.locator("#field-summary textarea").fill("Желі жоқта жазылған сипаттама");
        page.close();
        browser.setOffline(false);

        var again = browser.newPage();
        open(again, "applications/" + id, "#field-summary");
        assertThat(again.locator("#field-summary textarea")).hasValue("Желі жоқта жазылған сипаттама");
        assertThat(again.locator("#field-title input")).hasValue("Ауыл кітапханасы");
        assertThat(savedSummary(id, "Желі жоқта жазылған сипаттама")).as("the copy is saved on the server")
                .isEqualTo("Желі жоқта жазылған сипаттама");
    }

    /** The summary the server holds, once it equals {@code expected} or after 15 s. */
    private String savedSummary(long applicationId, String expected) {
        var deadline = System.currentTimeMillis() + 15_000;
        String summary;
        do {
            summary = jdbc.sql("select summary from application where id = :id").param("id", applicationId)
                    .query(String.class).single();
            if (summary.equals(expected)) {
                return summary;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.currentTimeMillis() < deadline);
        return summary;
    }
}
