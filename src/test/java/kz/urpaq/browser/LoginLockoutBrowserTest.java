package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.Role;
import kz.urpaq.security.UserAccount;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Password guessing through the real form: the fifth wrong password locks the account. */
class LoginLockoutBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "lockout-test-2026";

    @Test
    void after_five_wrong_passwords_even_the_right_one_shows_the_locked_message(Page page) {
        // An account of its own: locking a demo account would break other tests and people.
        var email = createThrowawayAccount(PASSWORD, "Бұғат Тестұлы", Role.APPLICANT, Language.KK);
        var kk = translations(Language.KK);

        for (var attempt = 1; attempt <= UserAccount.MAX_FAILED_LOGINS; attempt++) {
            submitLogin(page, email, "wrong-password-" + attempt);
            assertThat(page).hasURL(url("login?error"));
            assertThat(page.getByText(kk.getProperty("login.error.bad-credentials.title"))).isVisible();
        }

        submitLogin(page, email, PASSWORD);

        assertThat(page).hasURL(url("login?error"));
        assertThat(page.getByText(kk.getProperty("login.error.locked.title"))).isVisible();
        var message = new MessageFormat(kk.getProperty("login.error.locked.message"), Locale.of("kk"))
                .format(new Object[] {UserAccount.LOCK_DURATION.toMinutes()});
        assertThat(page.getByText(message)).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        assertNoMissingTranslations(page);
        ChromiumExtension.screenshot(page, "login-locked-kk");
    }
}
