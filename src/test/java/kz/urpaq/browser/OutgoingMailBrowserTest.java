package kz.urpaq.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * /admin/mail in Chromium: an administrator filters the failed mails, reads the error of one,
 * sends it again (audited), and finds the page in Russian and English too. The mails are rows of
 * their own recipient, so the shared database's other mail does not matter; the administrator is an
 * account of its own, so switching languages changes no demo account.
 */
class OutgoingMailBrowserTest extends BrowserTestSupport {

    private static final String ERROR = "550 5.1.1 <nobody@example.kz>: Recipient address rejected";

    private static final LocatorAssertions.IsInViewportOptions WHOLE =
            new LocatorAssertions.IsInViewportOptions().setRatio(1);

    @Autowired
    JdbcTemplate jdbc;

    private long mail(String recipient, String subject, String state, String lastError) {
        var now = Instant.now();
        jdbc.update("""
                insert into outbox_mail (kind, recipient, language, subject, body, state, attempts, created_at,
                    queued_at, next_attempt_at, sent_at, transport, last_error, message_id)
                values ('RECEIPT', ?, 'kk', ?, 'Құрметті Аружан!', ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                recipient, subject, state, "FAILED".equals(state) ? 9 : 1,
                Timestamp.from(now.minus(Duration.ofDays(1))), Timestamp.from(now.minus(Duration.ofDays(1))),
                Timestamp.from(now), "SENT".equals(state) ? Timestamp.from(now) : null,
                "SENT".equals(state) ? "smtp" : null, lastError, "<" + UUID.randomUUID() + "@urpaq.test>");
        return jdbc.queryForObject("select max(id) from outbox_mail where recipient = ?", Long.class, recipient);
    }

    /** The visible grid cells with the text (the grid keeps hidden cells of rows it shows no more). */
    private static Locator row(Page page, String text) {
        return page.locator("#outbox-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text).setVisible(true));
    }

    private static void choose(Page page, String comboBox, String option) {
        page.locator(comboBox + " input").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    @Test
    void an_administrator_filters_the_failed_mails_reads_the_error_and_sends_one_again(Page page) {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var recipient = "outbox-" + tag + "@example.kz";
        var failedSubject = "Өтініміңіз қабылданды: ЖЕТКІЗІЛМЕГЕН " + tag;
        var sentSubject = "Өтініміңіз қабылданды: ЖІБЕРІЛГЕН " + tag;
        long failed = mail(recipient, failedSubject, "FAILED", ERROR + " " + tag);
        mail(recipient, sentSubject, "SENT", null);
        var admin = createThrowawayAccount("mail-admin-password-2026", "Пошта әкімшісі", Role.PLATFORM, Language.KK);
        var kk = translations(Language.KK);

        signIn(page, admin, "mail-admin-password-2026");
        open(page, "admin/mail", "#outbox-grid");
        assertThat(page.locator("h1, h2").first()).hasText(kk.getProperty("outbox.title"));
        page.locator("#outbox-recipient input").fill(recipient);
        assertThat(row(page, sentSubject)).isVisible();
        assertThat(row(page, failedSubject)).isVisible();

        choose(page, "#outbox-state", kk.getProperty("outbox.state.failed"));
        assertThat(row(page, failedSubject)).isVisible();
        assertThat(row(page, sentSubject)).hasCount(0);
        assertThat(row(page, ERROR + " " + tag)).isInViewport(WHOLE);
        assertThat(row(page, kk.getProperty("outbox.failed-after").replace("{0}", "9"))).hasCount(1);
        assertNoMissingTranslations(page);
        ChromiumExtension.screenshot(page, "outgoing-mail-failed-kk");

        var resend = page.locator("#outbox-grid .outbox-resend").filter(new Locator.FilterOptions().setVisible(true));
        assertThat(resend).hasCount(1);
        assertThat(resend).isInViewport(WHOLE); // no sideways scrolling to the button
        resend.click();
        assertThat(page.locator("vaadin-notification-card").first())
                .containsText(kk.getProperty("outbox.resent").replace("{0}", recipient));
        assertThat(row(page, failedSubject)).hasCount(0);
        assertThat(jdbc.queryForObject("select state from outbox_mail where id = ?", String.class, failed))
                .as("queued again (and, on the test context's log transport, sent at once)").isIn("PENDING", "SENT");
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'MAIL_RESENT' "
                + "and subject_id = ? and actor = ?", Integer.class, failed, admin)).isEqualTo(1);

        for (var language : new Language[]{Language.RU, Language.EN}) {
            var texts = translations(language);
            page.locator(".language-selector").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(language.nativeName())).click();
            // The choice reloads the page in the new language.
            assertThat(page.locator("h1").first()).hasText(texts.getProperty("outbox.title"));
            waitForVaadin(page);
            assertThat(page.locator("#outbox-resend-all")).containsText(texts.getProperty("outbox.resend-all"));
            page.locator("#outbox-recipient input").fill(recipient);
            assertThat(row(page, sentSubject)).isVisible();
            assertThat(row(page, texts.getProperty("outbox.state.sent"))).hasCount(2);
            assertNoMissingTranslations(page);
            ChromiumExtension.screenshot(page, "outgoing-mail-" + language.code());
        }
    }
}
