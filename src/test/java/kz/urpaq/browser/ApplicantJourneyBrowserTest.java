package kz.urpaq.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kz.urpaq.applicant.Iin;
import kz.urpaq.notification.MailLog;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's whole path in Chromium: register with an IIN, confirm the address from the
 * mail, sign in, write the application, upload the files, submit, and find the reference
 * number on the page and in the receipt mail. Screenshots of the form in Kazakh at 360 and
 * 1280 px.
 */
class ApplicantJourneyBrowserTest extends BrowserTestSupport {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/(confirm-email/[A-Za-z0-9_-]+)");
    private static final String PASSWORD = "Жас-жоба-2026!";

    @Autowired
    MailLog mailLog;

    @Test
    void a_young_person_registers_writes_uploads_submits_and_gets_a_reference_number(Page page) throws IOException {
        var email = "journey-" + UUID.randomUUID() + "@test.urpaq.local";
        var birthDate = LocalDate.of(2004, 5, 5);
        var iin = java.util.stream.IntStream.range(0, 10_000)
                .mapToObj(serial -> Iin.of(birthDate, true, (int) (Math.random() * 10_000)))
                .flatMap(java.util.Optional::stream).findFirst().orElseThrow();

        open(page, "register", "#register");
        field(page, "email").fill(email);
        field(page, "password").fill(PASSWORD);
        field(page, "password-repeat").fill(PASSWORD);
        field(page, "full-name").fill("Әсем Қанатқызы");
        field(page, "iin").fill(iin.digits());
        field(page, "birth-date").fill("05.05.2004");
        field(page, "birth-date").press("Enter");
        field(page, "phone").fill("+7 701 234 56 78");
        field(page, "district").fill("Талғар");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Талғар ауданы")).click();
        field(page, "place-of-study").fill("Талғар колледжі");
        page.locator("#consent input").check();
        page.locator("#register").click();

        var confirmation = waitForMail(email, CONFIRM_LINK);
        open(page, confirmation, "vaadin-app-layout");
        signIn(page, email, PASSWORD);

        open(page, "applications", ".start-application");
        // one account for every round: the current one is started here
        page.locator("#start-" + competitionService.current().orElseThrow().code()).click();
        assertThat(page.locator("#field-title")).isVisible();
        page.locator("#field-direction vaadin-radio-button").first().click();
        text(page, "field-title").fill("Ауылдағы робототехника үйірмесі");
        area(page, "field-summary").fill("Мектеп оқушыларына робототехника үйрету: әр апта сайын сабақ.");
        area(page, "field-relevance").fill("Ауылда техникалық үйірме жоқ, балалар қалаға барады.");
        area(page, "field-goals").fill("20 оқушыны оқыту, 3 команданы жарысқа дайындау.");
        page.locator("#field-milestones .row-fields vaadin-text-field").first().locator("input")
                .fill("Жабдық сатып алу");
        area(page, "field-expected-results").fill("Үш команда облыстық жарысқа қатысады.");
        area(page, "field-audience").fill("7–14 жастағы балалар");
        text(page, "field-place").fill("Талғар ауданы, Бесағаш ауылы");
        var budget = page.locator("#field-budget .row-fields").first();
        budget.locator("vaadin-text-field input").first().fill("Робототехника жинағы");
        budget.locator("vaadin-integer-field input").nth(0).fill("4");
        budget.locator("vaadin-integer-field input").nth(1).fill("150000");
        budget.locator("vaadin-integer-field input").nth(1).press("Tab");

        var files = Files.createTempDirectory("urpaq-journey");
        upload(page, "PROJECT_DESCRIPTION", pdf(files.resolve("жоба-сипаттамасы.pdf"), "Project description"));
        upload(page, "COST_ESTIMATE", pdf(files.resolve("смета.pdf"), "Cost estimate"));
        upload(page, "IDENTITY_DOCUMENT", png(files.resolve("куәлік.png")));
        assertThat(page.locator(".attachment-file")).hasCount(3);
        assertThat(page.locator(".saved-indicator")).containsText("Сақталды");

        for (var width : new int[] {ChromiumExtension.PHONE_WIDTH, ChromiumExtension.DESKTOP_WIDTH}) {
            page.setViewportSize(width, 900);
            ChromiumExtension.screenshot(page, "application-form-kk-" + width);
            assertNoHorizontalOverflow(page);
        }

        page.locator("#submit-application").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Иә, жіберу")).click();

        var reference = page.locator(".reference-number");
        assertThat(reference).containsText("-");
        var number = Pattern.compile("([A-Za-z0-9-]+-\\d{6})").matcher(reference.textContent());
        assertThat(number.find()).isTrue();
        assertThat(page.locator("#submit-application")).hasCount(0);
        ChromiumExtension.screenshot(page, "application-submitted-kk");
        var receipt = waitForMail(email, Pattern.compile("(" + Pattern.quote(number.group(1)) + ")"));
        assertThat(receipt).isEqualTo(number.group(1));
    }

    private static Locator field(Page page, String id) {
        return page.locator("#" + id + " input");
    }

    private static Locator text(Page page, String id) {
        return page.locator("#" + id + " input");
    }

    private static Locator area(Page page, String id) {
        return page.locator("#" + id + " textarea");
    }

    private static void upload(Page page, String kind, Path file) {
        page.locator("[data-kind=" + kind + "] vaadin-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("[data-kind=" + kind + "] .attachment-file")).hasCount(1);
    }

    /** Waits up to 15 s for a mail to the address whose text matches; returns the first group. */
    private String waitForMail(String address, Pattern pattern) {
        var deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (var mail : mailLog.to(address)) {
                var matcher = pattern.matcher(mail.subject() + "\n" + mail.body());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no mail to " + address + " matching " + pattern);
    }

    private static Path pdf(Path file, String text) throws IOException {
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static Path png(Path file) throws IOException {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
