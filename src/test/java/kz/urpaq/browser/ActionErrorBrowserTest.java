package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A click whose action fails unexpectedly (the test-only page of ErrorNoticesTest, whose
 * exception names a database host) tells the person in Chromium: a notice in Kazakh with an
 * incident code, nothing of the exception, and the disabled-on-click button can be clicked again.
 */
class ActionErrorBrowserTest extends BrowserTestSupport {

    @Test
    void a_failed_click_shows_a_notice_with_an_incident_code_and_the_button_works_again(Page page) {
        page.setViewportSize(360, 800);
        open(page, "test-only/failing-click", "#failing-save");
        var button = page.locator("#failing-save");

        button.click();

        var notice = page.locator("vaadin-notification-card");
        assertThat(notice).containsText("Әрекет орындалмады");
        assertThat(notice).containsText(Pattern.compile("[0-9A-F]{8}"));
        assertThat(page.locator("body")).not().containsText("db.internal");
        assertThat(page.locator("body")).not().containsText("Exception");
        assertThat(button).isEnabled();
        assertNoMissingTranslations(page);

        button.click();

        assertThat(notice).hasCount(2);
    }

    @Test
    void a_failed_confirmation_frees_the_button_that_opened_the_dialog(Page page) {
        open(page, "test-only/failing-click", "#failing-submit");
        var submit = page.locator("#failing-submit");
        submit.click();
        assertThat(submit).isDisabled();

        page.locator("vaadin-confirm-dialog-overlay [slot=confirm-button], vaadin-confirm-dialog [slot=confirm-button]")
                .first().click();

        assertThat(page.locator("vaadin-notification-card")).containsText("Әрекет орындалмады");
        assertThat(submit).isEnabled();
    }
}
