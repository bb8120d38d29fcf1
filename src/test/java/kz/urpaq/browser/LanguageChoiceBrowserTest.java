package kz.urpaq.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kz.urpaq.base.i18n.Language;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A visitor picks a language with the switch on the page, and the site keeps speaking it. */
class LanguageChoiceBrowserTest extends BrowserTestSupport {

    @Test
    void visitor_who_switches_the_landing_page_to_russian_still_sees_russian_after_reload(Page page,
                                                                                       BrowserContext context) {
        var ru = translations(Language.RU);
        open(page, "", ".landing-view h1");
        assertThat(page.locator(".landing-view h1")).hasText(currentCompetitionTitle(Language.KK));

        page.locator(".language-selector").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Language.RU.nativeName())).click();

        assertThat(page.locator(".landing-view h1")).hasText(currentCompetitionTitle(Language.RU));
        assertThat(context.cookies(url(""))).anySatisfy(cookie -> {
            assertThat(cookie.name).isEqualTo(LANGUAGE_COOKIE);
            assertThat(cookie.value).isEqualTo(Language.RU.code());
        });

        page.reload();
        assertThat(page.locator(".landing-view h1")).hasText(currentCompetitionTitle(Language.RU));
        assertThat(page.locator(".hero-lead")).hasText(ru.getProperty("landing.lead"));
        assertThat(page.locator(".language-selector vaadin-select-value-button")).hasText(Language.RU.nativeName());

        // The choice holds on the other pages too.
        open(page, "login", "vaadin-login-form");
        assertThat(page.getByText(ru.getProperty("login.tagline"))).isVisible();
        ChromiumExtension.screenshot(page, "language-choice-login-ru");
    }
}
