package kz.urpaq.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Cookie;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.SecondFactorCodes;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running app on a random port, seen through Chromium: every browser test class shares this
 * one Spring context, so the app starts once per run.
 */
@ExtendWith(ChromiumExtension.class)
// Vaadin's dev tools would float over every screenshot.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
abstract class BrowserTestSupport {

    // The demo accounts (kz.urpaq.demo.DemoData), which the test profile seeds.
    static final String ADMIN_EMAIL = "admin@urpaq.local";
    static final String ADMIN_PASSWORD = "admin-urpaq-2026";
    static final String JUROR_EMAIL = "jury.science1@urpaq.local";
    static final String JUROR_PASSWORD = "jury-urpaq-2026";
    static final String APPLICANT_EMAIL = "aruzhan@urpaq.local";
    static final String APPLICANT_PASSWORD = "applicant-urpaq-2026";
    static final String LANGUAGE_COOKIE = "urpaq-lang";
    // The demo staff's second-factor keys (DemoData), and those set up in tests, by e-mail.
    static final String ADMIN_SECOND_FACTOR_KEY = "URPAQADMINDEMOKEYFORTOTPAPPS2Q26";
    static final String JUROR_SECOND_FACTOR_KEY = "URPAQJURYDEMOKEYFORTOTPAPPSJ2Q26";
    /** The demo's platform administrator: organisers and the installation's mail, inside no organiser. */
    static final String PLATFORM_EMAIL = "platform@urpaq.local";
    private static final Map<String, String> SECOND_FACTOR_KEYS = new ConcurrentHashMap<>(Map.of(
            ADMIN_EMAIL, ADMIN_SECOND_FACTOR_KEY, JUROR_EMAIL, JUROR_SECOND_FACTOR_KEY,
            PLATFORM_EMAIL, ADMIN_SECOND_FACTOR_KEY, "national.admin@urpaq.local", ADMIN_SECOND_FACTOR_KEY));

    static {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    SecondFactorCodes secondFactorCodes;

    @Autowired
    kz.urpaq.testing.TestAccounts testAccounts;

    @Autowired
    kz.urpaq.competition.CompetitionService competitionService;

    /**
     * The title the landing page should show: the current competition's. On a shared PostgreSQL
     * other tests' open competitions may be current, so the tests ask instead of assuming the demo.
     */
    String currentCompetitionTitle(kz.urpaq.base.i18n.Language language) {
        return competitionService.current().orElseThrow().title().in(language.locale());
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Opens a view and waits until Vaadin has rendered it. */
    void open(Page page, String path, String readySelector) {
        page.navigate(url(path));
        assertThat(page.locator(readySelector).first()).isVisible();
    }

    /** Waits until Vaadin's client has no request to the server under way. */
    static void waitForVaadin(Page page) {
        page.waitForFunction("""
                () => window.Vaadin?.Flow?.clients !== undefined
                    && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())""");
    }

    Locator usernameField(Page page) {
        return page.locator("vaadin-login-form input[name=username]");
    }

    Locator passwordField(Page page) {
        return page.locator("vaadin-login-form input[name=password]");
    }

    /**
     * Fills in the real login form (opening the login page unless it is open) and submits it;
     * the caller asserts where it leads. The old page is marked before submitting, so the wait
     * tells the next page from it even when a failed attempt lands where the last one did.
     */
    void submitLogin(Page page, String email, String password) {
        if (!page.url().startsWith(url("login"))) {
            open(page, "login", "vaadin-login-form");
        }
        usernameField(page).fill(email);
        passwordField(page).fill(password);
        page.evaluate("() => document.documentElement.dataset.submitted = 'true'");
        passwordField(page).press("Enter");
        assertThat(page.locator("html:not([data-submitted]) :is(vaadin-app-layout, vaadin-login-form, .code-form)")
                .first()).isVisible();
    }

    void signIn(Page page, String email, String password) {
        submitLogin(page, email, password);
        if (page.locator(".code-form").count() > 0) {
            passSecondFactor(page, email);
        }
        assertThat(page.locator("vaadin-app-layout .account-name")).isAttached();
    }

    /**
     * The second step of a staff sign-in, as a person with an authenticator app takes it: an account
     * without a factor yet reads the key off the set-up page (its QR code's twin), types the app's
     * code and goes past the recovery codes.
     */
    void passSecondFactor(Page page, String email) {
        var enrolment = page.locator("#second-factor-key").count() > 0;
        if (enrolment) {
            SECOND_FACTOR_KEYS.put(email, page.locator("#second-factor-key").textContent().replace(" ", ""));
        }
        var key = SECOND_FACTOR_KEYS.get(email);
        if (key == null) {
            throw new IllegalStateException("no second-factor key known for " + email);
        }
        page.locator("#second-factor-code").fill(secondFactorCodes.codeFor(email, key));
        page.evaluate("() => document.documentElement.dataset.submitted = 'true'");
        page.locator("#second-factor-submit").click();
        if (enrolment) {
            assertThat(page.locator("html:not([data-submitted]) #recovery-codes")).isVisible();
            assertThat(page.locator("#recovery-codes li")).hasCount(10);
            page.locator("#recovery-codes-continue").click();
        }
    }

    /** The code the account's authenticator app shows now (the test clock's now). */
    String secondFactorCode(String email) {
        return secondFactorCodes.codeFor(email, SECOND_FACTOR_KEYS.get(email));
    }

    /** A fresh account of its own, so that a test neither disturbs nor depends on the demo accounts. */
    String createThrowawayAccount(String password, String displayName, Role role, Language language) {
        var email = "browser-" + UUID.randomUUID() + "@test.urpaq.local";
        SystemTask.run(() -> accountService.create(email, password, displayName, EnumSet.of(role), language));
        if (role == Role.APPLICANT) {
            testAccounts.acceptPrivacyNoticeAs(email);
        }
        return email;
    }

    void setLanguageCookie(BrowserContext context, Language language) {
        context.addCookies(List.of(new Cookie(LANGUAGE_COOKIE, language.code()).setUrl(url(""))));
    }

    /**
     * Nothing sticks out sideways: neither the document nor AppLayout's content part, which
     * scrolls on its own and so would hide an overflow from the document's width.
     */
    static void assertNoHorizontalOverflow(Page page) {
        // Right after a resize AppLayout turns its drawer into an overlay and Lumo lays out again;
        // the check is about the page as it settles, so it waits (up to 3 s) for that first.
        try {
            page.waitForFunction("""
                    () => {
                      const content = document.querySelector('vaadin-app-layout')
                          ?.shadowRoot?.querySelector('[part~=content]');
                      return document.documentElement.scrollWidth <= window.innerWidth
                          && (!content || content.scrollWidth <= content.clientWidth);
                    }""", null, new Page.WaitForFunctionOptions().setTimeout(3_000));
        } catch (TimeoutError stillOverflowing) {
            // measured and reported below
        }
        var viewportWidth = page.viewportSize().width;
        var documentWidth = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertThat(documentWidth).as("document width at a %d px wide viewport (%s)", viewportWidth, page.url())
                .isLessThanOrEqualTo(viewportWidth);
        var contentOverflow = ((Number) page.evaluate("""
                () => {
                  const content = document.querySelector('vaadin-app-layout')
                      ?.shadowRoot?.querySelector('[part~=content]');
                  return content ? content.scrollWidth - content.clientWidth : 0;
                }""")).intValue();
        var culprits = contentOverflow <= 0 ? "" : page.evaluate("""
                () => {
                  const all = [];
                  const walk = root => root.querySelectorAll('*').forEach(e => {
                    all.push(e);
                    if (e.shadowRoot) walk(e.shadowRoot);
                  });
                  walk(document);
                  return all.filter(e => e.getBoundingClientRect().right > window.innerWidth + 1
                          || (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0
                              && getComputedStyle(e).overflowX !== 'auto' && getComputedStyle(e).overflowX !== 'scroll'))
                      .slice(-5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                          + (typeof e.className === 'string' && e.className ? '.' + e.className.split(' ').join('.') : '')
                          + (e.getAttribute && e.getAttribute('part') ? '[part=' + e.getAttribute('part') + ']' : '')
                          + ' "' + (e.textContent || '').trim().slice(0, 40) + '"').join(' | ');
                }""");
        assertThat(contentOverflow).as("sideways overflow of the app layout's content (%s); widest: %s", page.url(),
                culprits).isLessThanOrEqualTo(0);
    }

    /**
     * The language switch shows its whole label: Lumo fades out the end of a select's value, so
     * the text must end at least 1em before the field's edge to be read whole.
     */
    static void assertLanguageSwitchShowsWholeName(Page page) {
        var room = ((Number) page.evaluate("""
                () => {
                  const button = document.querySelector('.language-selector vaadin-select-value-button');
                  const text = document.createRange();
                  text.selectNodeContents(button.querySelector('vaadin-select-item'));
                  const fade = parseFloat(getComputedStyle(button).fontSize);
                  return button.getBoundingClientRect().right - text.getBoundingClientRect().right - fade;
                }""")).doubleValue();
        assertThat(room).as("room left after the language switch's label (%s)", page.url()).isGreaterThanOrEqualTo(0);
    }

    /** Vaadin's stand-in for a missing translation key is {@code !{key}!}; text locators pierce shadow DOM. */
    static void assertNoMissingTranslations(Page page) {
        assertThat(page.getByText("!{")).hasCount(0);
    }

    static Properties translations(Language language) {
        var resource = "/vaadin-i18n/translations_" + language.code() + ".properties";
        try (var in = BrowserTestSupport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
