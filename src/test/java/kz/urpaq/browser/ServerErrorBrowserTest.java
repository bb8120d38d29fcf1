package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A page that fails unexpectedly (the test-only page of ServerErrorViewTest, whose exception
 * names a table and a class) shows the app's own error page in Chromium: the plain sentence and
 * an incident code inside the app shell, nothing of the exception, fitting a phone's width.
 */
class ServerErrorBrowserTest extends BrowserTestSupport {

    @Test
    void an_unexpected_failure_shows_a_plain_page_with_an_incident_code(Page page) {
        page.setViewportSize(360, 800);
        open(page, "test-only/failing-page", ".incident-code");

        assertThat(page.locator("main")).containsText("Бірдеңе дұрыс болмады");
        assertThat(page.locator(".incident-code")).containsText(java.util.regex.Pattern.compile("[0-9A-F]{8}"));
        assertThat(page.locator("body")).not().containsText("application_secret");
        assertThat(page.locator("body")).not().containsText("Exception");
        assertNoMissingTranslations(page);
        assertNoHorizontalOverflow(page);
        ChromiumExtension.screenshot(page, "server-error-kk-360");
    }
}
