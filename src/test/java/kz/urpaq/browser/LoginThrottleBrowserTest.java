package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Password guessing through the real form: a wrong password, an account held back after five
 * of them, a disabled account and an unknown address all read the same, so the page tells a
 * stranger nothing (docs/decisions/019-no-enumeration-and-throttling.md).
 */
class LoginThrottleBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "lockout-test-2026";

    private void assertTheOneFailureMessage(Page page) {
        var kk = translations(Language.KK);
        assertThat(page).hasURL(url("login?error"));
        assertThat(page.getByText(kk.getProperty("login.error.bad-credentials.title"))).isVisible();
        assertThat(page.getByText(kk.getProperty("login.error.bad-credentials.message"))).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
    }

    @Test
    void a_wrong_password_a_slowed_account_a_disabled_one_and_an_unknown_address_read_the_same(Page page) {
        // Accounts of their own: slowing a demo account would disturb other tests and people.
        var slowed = createThrowawayAccount(PASSWORD, "Бұғат Тестұлы", Role.APPLICANT, Language.KK);
        var disabled = createThrowawayAccount(PASSWORD, "Өшірулі Тестұлы", Role.JURY, Language.KK);
        var disabledId = SystemTask.run(() -> accountService.findByEmail(disabled)).orElseThrow().id();
        SystemTask.run(() -> accountService.changeAccess(disabledId, EnumSet.of(Role.JURY), false));

        for (var attempt = 1; attempt <= 5; attempt++) {
            submitLogin(page, slowed, "wrong-password-" + attempt);
            assertTheOneFailureMessage(page);
        }
        submitLogin(page, slowed, PASSWORD);
        assertTheOneFailureMessage(page);
        ChromiumExtension.screenshot(page, "login-slowed-kk");

        submitLogin(page, disabled, PASSWORD);
        assertTheOneFailureMessage(page);

        submitLogin(page, "nobody-" + UUID.randomUUID() + "@test.urpaq.local", PASSWORD);
        assertTheOneFailureMessage(page);
        assertNoMissingTranslations(page);
    }
}
