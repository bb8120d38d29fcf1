package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new user met in Chromium, on a phone: an IIN one digit short, typed or pasted, says so
 * under the field (screenshot iin-message-kk-360); an administrator's date picker writes
 * dates as the rest of the page does, with Kazakh month names (screenshots date-field-kk-360 and
 * date-picker-kk-360); a required number left empty says so under it and nothing is saved
 * (screenshot editor-required-number-kk).
 */
class FieldMessagesBrowserTest extends BrowserTestSupport {

    private static final String ELEVEN_DIGITS_MESSAGE = "ЖСН 12 цифрдан тұрады, ал енгізілгені: 11.";

    @Autowired
    CompetitionSetupService setup;

    @Test
    void an_iin_one_digit_short_shows_a_message_whether_typed_or_pasted(Page page) {
        page.setViewportSize(ChromiumExtension.PHONE_WIDTH, 800);
        open(page, "register", "#register");
        var iin = page.locator("#iin input");
        var message = page.locator("#iin [slot=error-message]");

        iin.pressSequentially("88010130012");
        iin.press("Tab");

        assertThat(message).isVisible();
        assertThat(message).hasText(ELEVEN_DIGITS_MESSAGE);

        iin.fill("");
        iin.press("Tab");
        // As copied from a document: grouped, with a no-break space.
        iin.focus();
        paste(page, "#iin input", "880101 300\u00a012");
        iin.press("Tab");

        assertThat(iin).hasValue("88010130012");
        assertThat(message).isVisible();
        assertThat(message).hasText(ELEVEN_DIGITS_MESSAGE);
        assertNoHorizontalOverflow(page);
        iin.scrollIntoViewIfNeeded();
        ChromiumExtension.screenshot(page, "iin-message-kk-360");
    }

    /**
     * Pastes as the browser does: a paste event that the field may refuse (Vaadin's character
     * filter does), and only if it does not, the text inserted. Headless Chromium's own clipboard
     * hung the page here.
     */
    private static void paste(Page page, String selector, String text) {
        page.evaluate("""
                ([selector, text]) => {
                  const input = document.querySelector(selector);
                  const data = new DataTransfer();
                  data.setData('text/plain', text);
                  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
                  if (input.dispatchEvent(event)) {
                    document.execCommand('insertText', false, text);
                  }
                }""", List.of(selector, text));
    }

    @Test
    void an_administrator_s_date_picker_writes_dates_as_the_rest_of_the_page_in_kazakh(Page page) {
        var competitionId = competitionService.current().orElseThrow().id();
        var deadline = SystemTask.run(() -> setup.settings(competitionId)).submissionDeadline();
        page.setViewportSize(ChromiumExtension.PHONE_WIDTH, 800);
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/competitions/" + competitionId, "#submission-deadline");
        var date = page.locator("#submission-deadline vaadin-date-picker input");

        assertThat(date).hasValue(Almaty.date(deadline));
        assertThat(page.locator("#submission-deadline vaadin-time-picker input")).hasValue(Pattern.compile(
                "0?" + Almaty.dateTime(deadline).substring(11).replaceFirst("^0", "")));

        date.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(ChromiumExtension.SCREENSHOTS.resolve(
                "date-field-kk-360.png")));
        date.click();
        // Vaadin 25 keeps each picker's overlay in its shadow root and the calendar in its light DOM.
        var picker = page.locator("#submission-deadline vaadin-date-picker");
        var overlay = picker.locator("vaadin-date-picker-overlay");
        assertThat(overlay).isVisible();
        assertThat(picker.getByText("Бүгін")).isVisible();
        assertThat(picker.getByText(Pattern.compile("Қаңтар|Ақпан|Наурыз|Сәуір|Мамыр|Маусым|Шілде|Тамыз|Қыркүйек"
                + "|Қазан|Қараша|Желтоқсан")).first()).isVisible();
        page.waitForTimeout(500);
        // The viewport only: stretching it for a full-page shot (ChromiumExtension.screenshot) hangs
        // Chromium while the calendar's endless month list is open.
        page.screenshot(new Page.ScreenshotOptions().setPath(ChromiumExtension.SCREENSHOTS.resolve(
                "date-picker-kk-360.png")));
        page.keyboard().press("Escape");
        assertThat(overlay).not().isVisible();
    }

    @Test
    void an_administrator_who_empties_the_spread_threshold_is_told_on_the_field_and_nothing_is_saved(Page page) {
        var competitionId = SystemTask.run(() -> setup.createDraft(2039));
        page.setViewportSize(ChromiumExtension.DESKTOP_WIDTH, 900);
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/competitions/" + competitionId, "#variance-threshold");
        var titleEn = page.locator("#title vaadin-text-field").nth(2).locator("input");
        var threshold = page.locator("#variance-threshold input");

        titleEn.fill("Typed in the browser");
        titleEn.press("Tab");
        threshold.fill("");
        threshold.press("Tab");
        page.locator("#save-competition").click();

        var message = page.locator("#variance-threshold [slot=error-message]");
        assertThat(message).hasText("Бұл өрісті толтырыңыз.");
        assertThat(titleEn).hasValue("Typed in the browser");
        assertThat(SystemTask.run(() -> setup.settings(competitionId)).varianceThreshold()).isEqualByComparingTo("15");
        assertThat(threshold).isFocused();
        ChromiumExtension.screenshot(page, "editor-required-number-kk");

        threshold.fill("12,5");
        threshold.press("Tab");
        page.locator("#save-competition").click();

        assertThat(page.locator("vaadin-notification-card").first()).containsText("сақталды");
        var saved = SystemTask.run(() -> setup.settings(competitionId));
        assertThat(saved.varianceThreshold()).isEqualByComparingTo("12.5");
        assertThat(saved.title().en()).isEqualTo("Typed in the browser");
    }
}
