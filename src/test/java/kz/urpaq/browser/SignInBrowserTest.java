package kz.urpaq.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Each role signs in through the real login form, lands in the shell with its own menu, and signs out. */
class SignInBrowserTest extends BrowserTestSupport {

    @Test
    void administrator_lands_in_the_shell_with_competitions_and_users_and_signs_out(Page page) {
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);

        assertShell(page, "Гүлнар Сейітова",
                List.of("", "admin/competitions", "admin/users", "admin/audit", "account/security"));
        ChromiumExtension.screenshot(page, "signed-in-admin");
        assertSignOutWorks(page);
    }

    @Test
    void juror_lands_in_the_shell_with_reviews_only_and_signs_out(Page page) {
        signIn(page, JUROR_EMAIL, JUROR_PASSWORD);

        assertShell(page, "Асқар Тоқтаров", List.of("", "reviews", "certificates", "account/security"));
        ChromiumExtension.screenshot(page, "signed-in-juror");
        assertSignOutWorks(page);
    }

    @Test
    void applicant_lands_in_the_shell_with_applications_and_no_users_and_signs_out(Page page) {
        signIn(page, APPLICANT_EMAIL, APPLICANT_PASSWORD);

        assertShell(page, "Аружан Нұрланқызы", List.of("", "applications", "grants", "profile", "certificates", "account/security"));
        ChromiumExtension.screenshot(page, "signed-in-applicant");

        page.navigate(url("admin/users"));
        waitForVaadin(page);
        assertThat(page.locator(".admin-view")).hasCount(0);
        assertThat(page.locator("vaadin-grid")).hasCount(0);

        open(page, "", "vaadin-app-layout");
        assertSignOutWorks(page);
    }

    /**
     * A new juror's first sign-in: after the password, the set-up page (QR code and key) and nothing
     * else; a wrong code is said under the field; the right one shows ten recovery codes once, then
     * the juror's pages. A password-only session opens no juror page meanwhile.
     */
    @Test
    void a_new_juror_sets_up_the_second_factor_before_anything_else(Page page) {
        var email = createThrowawayAccount("juror-browser-2026", "Жаңа Сарапшы", Role.JURY, Language.KK);
        submitLogin(page, email, "juror-browser-2026");
        assertThat(page).hasURL(url("second-factor"));
        assertThat(page.locator(".qr-code")).isVisible();
        assertThat(page.locator("#second-factor-key")).hasText(java.util.regex.Pattern.compile("^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$"));
        assertNoMissingTranslations(page);
        assertNoHorizontalOverflow(page);
        ChromiumExtension.screenshot(page, "second-factor-enrolment-kk");

        page.navigate(url("reviews"));
        assertThat(page.locator(".code-form")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);

        page.locator("#second-factor-code").fill("000000");
        page.locator("#second-factor-submit").click();
        assertThat(page.locator("#second-factor-code-error")).hasText(
                translations(Language.KK).getProperty("second-factor.error.wrong-code"));
        assertThat(page.locator("#second-factor-code")).hasAttribute("aria-invalid", "true");
        ChromiumExtension.screenshot(page, "second-factor-wrong-code-kk");

        passSecondFactor(page, email);
        assertThat(page.locator("vaadin-app-layout .account-name")).hasText("Жаңа Сарапшы");
        page.setViewportSize(360, 800);
        open(page, "account/security", "#second-factor-state");
        assertThat(page.locator("#second-factor-turn-off")).hasCount(0);
        assertNoHorizontalOverflow(page);
        ChromiumExtension.screenshot(page, "second-factor-settings-juror-360");
    }

    @Test
    void unknown_email_stays_on_the_login_page_with_the_bad_credentials_message(Page page) {
        submitLogin(page, "nobody-" + UUID.randomUUID() + "@test.urpaq.local", "not-a-password");

        assertThat(page).hasURL(url("login?error"));
        var kk = translations(Language.KK);
        assertThat(page.getByText(kk.getProperty("login.error.bad-credentials.title"))).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        ChromiumExtension.screenshot(page, "login-bad-credentials");
    }

    /**
     * The menu holds exactly the given paths, labelled in the shell's own language (read from
     * the language switch, so an account set to Russian on a shared database still passes).
     */
    private void assertShell(Page page, String displayName, List<String> paths) {
        assertThat(page.locator("vaadin-app-layout")).isVisible();
        assertThat(page.locator(".account-name")).hasText(displayName);
        assertThat(page.locator(".account-name")).isVisible();

        var items = page.locator("vaadin-side-nav-item");
        assertThat(items).hasCount(paths.size());
        assertThat(items.evaluateAll("items => items.map(item => item.getAttribute('path'))")).isEqualTo(paths);

        var translations = translations(shownLanguage(page));
        for (var path : paths) {
            var key = switch (path) {
                case "" -> "nav.home";
                case "applications" -> "nav.my-applications";
                case "grants" -> "nav.my-grants";
                case "profile" -> "nav.profile";
                case "reviews" -> "nav.my-reviews";
                case "certificates" -> "nav.my-certificates";
                case "admin/competitions" -> "nav.competitions";
                case "admin/users" -> "nav.users";
                case "admin/audit" -> "nav.audit";
                case "admin/mail" -> "nav.mail";
                case "account/security" -> "nav.security";
                default -> throw new IllegalArgumentException(path);
            };
            assertThat(page.locator("vaadin-side-nav-item[path='" + path + "']"))
                    .containsText(translations.getProperty(key));
        }
        assertNoMissingTranslations(page);
    }

    private void assertSignOutWorks(Page page) {
        var signOut = translations(shownLanguage(page)).getProperty("nav.sign-out");
        page.locator(".navbar-actions .account vaadin-button")
                .filter(new Locator.FilterOptions().setHasText(signOut)).click();

        assertThat(page.locator(".sign-in-link")).isVisible();
        assertThat(page.locator(".account-name")).hasCount(0);
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(0);
        // The session is really gone: a signed-in page now asks to sign in.
        page.navigate(url("applications"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    private static Language shownLanguage(Page page) {
        var shown = page.locator(".language-selector vaadin-select-value-button").innerText().strip();
        for (var language : Language.values()) {
            if (language.nativeName().equals(shown)) {
                return language;
            }
        }
        throw new AssertionError("the language switch shows no known language: " + shown);
    }
}
