package kz.urpaq.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Properties;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kz.urpaq.browser.ChromiumExtension.DESKTOP_WIDTH;
import static kz.urpaq.browser.ChromiumExtension.PHONE_WIDTH;

/**
 * The landing page, the login page and the signed-in shell in each language, on a phone
 * (360 px) and a desktop (1280 px): translated, nothing sticking out sideways, a full-page
 * screenshot of each (target/screenshots/landing-kk-360.png and so on).
 */
class LanguagesBrowserTest extends BrowserTestSupport {

    private static final int[] WIDTHS = {PHONE_WIDTH, DESKTOP_WIDTH};

    @ParameterizedTest
    @EnumSource(Language.class)
    void landing_login_and_shell_are_translated_and_fit_a_phone_and_a_desktop(Language language, Page page,
                                                                             BrowserContext context) {
        var text = translations(language);
        // Kazakh is what a visitor without a cookie gets; the others come from the cookie.
        if (language != Language.DEFAULT) {
            setLanguageCookie(context, language);
        }

        // Each page is loaded once and looked at in both widths: the layout follows the viewport.
        open(page, "", ".landing-view h1");
        for (var width : WIDTHS) {
            page.setViewportSize(width, 800);
            assertThat(page.locator(".landing-view h1")).hasText(currentCompetitionTitle(language));
            assertThat(page.locator(".hero-lead")).hasText(text.getProperty("landing.lead"));
            assertThat(page.locator(".sign-in-link")).hasText(text.getProperty("nav.sign-in"));
            assertThat(page.locator(".landing-section h2").first()).hasText(text.getProperty("landing.directions"));
            assertFits(page, width);
            ChromiumExtension.screenshot(page, "landing-" + language.code() + "-" + width);
        }

        open(page, "login", "vaadin-login-form");
        for (var width : WIDTHS) {
            page.setViewportSize(width, 800);
            assertThat(page.locator(".login-view h1")).hasText(text.getProperty("app.name"));
            assertThat(page.getByText(text.getProperty("login.tagline"))).isVisible();
            assertThat(page.getByLabel(text.getProperty("login.email"))).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName(text.getProperty("login.submit")).setExact(true))).isVisible();
            assertFits(page, width);
            ChromiumExtension.screenshot(page, "login-" + language.code() + "-" + width);
        }

        // A signed-in person sees the language of the account.
        var email = createThrowawayAccount("browser-test-2026", "Әлия Тестқызы", Role.APPLICANT, language);
        signIn(page, email, "browser-test-2026");
        page.locator("vaadin-side-nav-item[path='applications']").click();
        assertThat(page.locator(".applicant-view")).isVisible();
        for (var width : new int[] {DESKTOP_WIDTH, PHONE_WIDTH}) {
            page.setViewportSize(width, 800);
            assertShell(page, text, width);
            ChromiumExtension.screenshot(page, "shell-" + language.code() + "-" + width);
        }
        // On a phone the menu is behind the drawer toggle.
        page.locator("vaadin-drawer-toggle").click();
        assertThat(page.locator("vaadin-side-nav-item[path='applications']")).isVisible();
        // The drawer slides in: wait until it is all in view before the screenshot.
        page.waitForFunction("() => document.querySelector('vaadin-side-nav').getBoundingClientRect().left >= 0");
        ChromiumExtension.screenshot(page, "shell-" + language.code() + "-" + PHONE_WIDTH + "-menu");
    }

    private static void assertShell(Page page, Properties text, int width) {
        assertThat(page.locator(".view-header h1")).hasText(text.getProperty("applications.title"));
        assertThat(page.getByText(text.getProperty("applications.empty.title"))).isVisible();
        assertThat(page.locator("vaadin-side-nav-item[path='applications']"))
                .containsText(text.getProperty("nav.my-applications"));
        assertThat(page.locator(".navbar-actions .account vaadin-button")).containsText(text.getProperty("nav.sign-out"));
        if (width == DESKTOP_WIDTH) {
            assertThat(page.locator(".account-name")).isVisible();
        }
        assertFits(page, width);
    }

    private static void assertFits(Page page, int width) {
        assertNoMissingTranslations(page);
        if (width == PHONE_WIDTH) {
            assertNoHorizontalOverflow(page);
            assertLanguageSwitchShowsWholeName(page);
        }
    }
}
