package kz.urpaq.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.Role;
import kz.urpaq.security.SessionKeyFilter;
import kz.urpaq.security.SessionLimits;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.text.MessageFormat;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions that end (docs/domain.md §12), seen from an open tab: an administrator's change, the
 * owner's own password change and a tab left alone.
 */
class SessionEndingBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "session-browser-2026";
    private static final String NEW_PASSWORD = "Жаңа-сеанс-құпиясы-2026";

    @Autowired
    MutableClock clock;

    @Autowired
    SessionLimits limits;

    @Test
    void a_disabled_jurors_open_tab_is_sent_to_sign_in_and_downloads_nothing(Page page) {
        var email = createThrowawayAccount(PASSWORD, "Қазы Тестұлы", Role.JURY, Language.KK);
        signIn(page, email, PASSWORD);
        open(page, "reviews", "vaadin-app-layout .account-name");

        SystemTask.run(() -> accountService.changeAccess(id(email), EnumSet.of(Role.JURY), false));

        // The tab's next request (a click, or its question for the time left) is refused; it reloads.
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator(".account-name")).hasCount(0);
        var download = page.request().get(url("files/review/1"));
        assertThat(download.status()).isEqualTo(401);
        assertThat(download.headers()).doesNotContainKey("content-disposition");
    }

    @Test
    void a_tab_whose_server_is_gone_reloads_signed_in_and_signing_out_ends_its_key(Page page, BrowserContext context) {
        var email = createThrowawayAccount(PASSWORD, "Сеанс Қайтұлы", Role.APPLICANT, Language.KK);
        signIn(page, email, PASSWORD);
        open(page, "profile", "#change-password");
        assertThat(context.cookies()).anySatisfy(cookie -> {
            assertThat(cookie.name).isEqualTo(SessionKeyFilter.COOKIE);
            assertThat(cookie.httpOnly).isTrue();
            assertThat(cookie.expires).as("a cookie of the browser's session, gone when it closes").isEqualTo(-1);
        });

        // The instance that held the session is gone: the tab's session cookie names a session nobody holds.
        var session = context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID")).findFirst()
                .orElseThrow();
        context.addCookies(List.of(new Cookie("JSESSIONID", "0123456789ABCDEF0123456789ABCDEF")
                .setDomain(session.domain).setPath(session.path).setHttpOnly(true)));
        // Vaadin answers the click "session expired" (no UI of the tab is there) and the tab reloads itself.
        var reload = page.waitForResponse(response -> response.request().isNavigationRequest(),
                () -> menuItem(page, "applications").click());
        assertThat(reload.status()).isEqualTo(200);
        waitForVaadin(page);

        assertThat(page).hasURL(url("profile"));
        assertThat(page.locator("vaadin-app-layout .account-name")).isVisible();
        assertThat(page.locator("vaadin-login-form")).hasCount(0);
        menuItem(page, "applications").click();
        assertThat(page).hasURL(url("applications"));

        var signOut = translations(Language.KK).getProperty("nav.sign-out");
        page.locator(".navbar-actions .account vaadin-button")
                .filter(new Locator.FilterOptions().setHasText(signOut)).click();
        assertThat(page.locator(".sign-in-link")).isVisible();
        assertThat(context.cookies()).noneSatisfy(cookie -> assertThat(cookie.name).isEqualTo(SessionKeyFilter.COOKIE));
        page.navigate(url("applications"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void changing_ones_password_signs_out_the_other_tab_and_keeps_this_one(Page page, BrowserContext context) {
        var email = createThrowawayAccount(PASSWORD, "Құпия Тестқызы", Role.APPLICANT, Language.KK);
        var elsewhere = context.browser().newContext();
        try {
            var otherTab = elsewhere.newPage();
            signIn(otherTab, email, PASSWORD);
            open(otherTab, "profile", "#change-password");
            signIn(page, email, PASSWORD);
            open(page, "profile", "#change-password");

            page.locator("#current-password input").fill(PASSWORD);
            page.locator("#new-password input").fill(NEW_PASSWORD);
            page.locator("#new-password-repeat input").fill(NEW_PASSWORD);
            page.locator("#change-password").click();
            assertThat(page.getByText(translations(Language.KK).getProperty("profile.password.changed"))).isVisible();

            // No click needed: the other tab's next question for its time left is refused, and it reloads.
            assertThat(otherTab.locator("vaadin-login-form")).isVisible();
            menuItem(page, "applications").click();
            assertThat(page).hasURL(url("applications"));
            page.reload();
            assertThat(page.locator("vaadin-app-layout .account-name")).isVisible();
        } finally {
            elsewhere.close();
        }
    }

    @Test
    void a_tab_left_alone_warns_before_its_session_ends_and_staying_keeps_it(Page page) {
        var email = createThrowawayAccount(PASSWORD, "Бос Тестұлы", Role.APPLICANT, Language.KK);
        signIn(page, email, PASSWORD);
        open(page, "profile", "#change-password");
        var kk = translations(Language.KK);
        var warning = page.getByText(new MessageFormat(kk.getProperty("session.idle-warning"), Locale.of("kk"))
                .format(new Object[]{limits.warningBefore().toMinutes()}));
        assertThat(warning).isHidden();

        clock.advance(limits.idleTimeout().minus(limits.warningBefore()).plusSeconds(10));

        assertThat(warning).isVisible();
        ChromiumExtension.screenshot(page, "session-idle-warning-kk");
        page.getByText(kk.getProperty("session.stay-signed-in")).click();
        assertThat(warning).isHidden();
        assertThat(page.locator("vaadin-app-layout .account-name")).isVisible();

        clock.advance(limits.idleTimeout());

        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator(".account-name")).hasCount(0);
    }

    private long id(String email) {
        return SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow().id();
    }

    private static Locator menuItem(Page page, String path) {
        return page.locator("vaadin-side-nav-item[path='" + path + "']");
    }
}
