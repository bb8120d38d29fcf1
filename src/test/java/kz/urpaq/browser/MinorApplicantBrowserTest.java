package kz.urpaq.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kz.urpaq.applicant.Iin;
import kz.urpaq.notification.MailLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §15 end to end: a 16-year-old registers, writes a draft, cannot submit; their guardian
 * confirms from the mail in a browser of their own; the applicant submits, later asks for their
 * data and opens the ZIP the mailed link downloads.
 */
class MinorApplicantBrowserTest extends BrowserTestSupport {

    private static final Pattern CONFIRM_LINK = Pattern.compile("/(confirm-email/[A-Za-z0-9_-]+)");
    private static final Pattern GUARDIAN_LINK = Pattern.compile("/(guardian-consent/[A-Za-z0-9_-]{43})");
    private static final Pattern DATA_LINK = Pattern.compile("/(profile/data/[A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "Жас-жоба-2026!";

    @Autowired
    MailLog mailLog;

    @Test
    void a_sixteen_year_old_submits_once_the_guardian_confirmed_and_downloads_their_data(Page page) throws IOException {
        var email = "minor-" + UUID.randomUUID() + "@test.urpaq.local";
        var guardian = "parent-" + UUID.randomUUID() + "@test.urpaq.local";
        var birthDate = LocalDate.of(2010, 5, 5);
        var iin = java.util.stream.IntStream.range(0, 10_000)
                .mapToObj(serial -> Iin.of(birthDate, true, (int) (Math.random() * 10_000)))
                .flatMap(java.util.Optional::stream).findFirst().orElseThrow();

        open(page, "register", "#register");
        field(page, "email").fill(email);
        field(page, "password").fill(PASSWORD);
        field(page, "password-repeat").fill(PASSWORD);
        field(page, "full-name").fill("Айару Болатқызы");
        field(page, "iin").fill(iin.digits());
        field(page, "birth-date").fill("05.05.2010");
        field(page, "birth-date").press("Enter");
        field(page, "phone").fill("+7 701 234 56 78");
        field(page, "district").fill("Талғар");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Талғар ауданы")).click();
        field(page, "place-of-study").fill("Талғар № 2 мектебі");
        field(page, "guardian-name").fill("Болат Сейітов");
        field(page, "guardian-phone").fill("+7 701 234 56 79");
        page.locator("#guardian-confirmed input").check();
        page.locator("#consent input").check();
        page.locator("#register").click();

        open(page, waitForMail(email, CONFIRM_LINK), "vaadin-app-layout");
        signIn(page, email, PASSWORD);
        assertThat(page.locator("#privacy-accept")).hasCount(0);

        open(page, "applications", ".start-application");
        page.locator("#start-" + competitionService.current().orElseThrow().code()).click();
        assertThat(page.locator("#field-title")).isVisible();
        page.locator("#field-direction vaadin-radio-button").first().click();
        input(page, "field-title").fill("Мектеп жанындағы бау-бақша");
        area(page, "field-summary").fill("Оқушылар мектеп ауласында көкөніс өсіреді.");
        area(page, "field-relevance").fill("Асханаға таза көкөніс керек.");
        area(page, "field-goals").fill("30 оқушы бақша күтуді үйренеді.");
        page.locator("#field-milestones .row-fields vaadin-text-field").first().locator("input").fill("Тұқым сатып алу");
        area(page, "field-expected-results").fill("Күзде 200 кг көкөніс.");
        area(page, "field-audience").fill("5–9 сынып оқушылары");
        input(page, "field-place").fill("Талғар қаласы");
        var budget = page.locator("#field-budget .row-fields").first();
        budget.locator("vaadin-text-field input").first().fill("Тұқым мен құрал");
        budget.locator("vaadin-integer-field input").nth(0).fill("1");
        budget.locator("vaadin-integer-field input").nth(1).fill("90000");
        budget.locator("vaadin-integer-field input").nth(1).press("Tab");
        var files = Files.createTempDirectory("urpaq-minor");
        upload(page, "PROJECT_DESCRIPTION", pdf(files.resolve("бақша-жобасы.pdf")));
        upload(page, "COST_ESTIMATE", pdf(files.resolve("смета.pdf")));
        upload(page, "IDENTITY_DOCUMENT", pdf(files.resolve("куәлік.pdf")));
        assertThat(page.locator(".saved-indicator")).containsText("Сақталды");

        // under 18 on the deadline: the draft is kept, the submission refused, the panel says why
        assertThat(page.locator("#guardian-panel")).isVisible();
        page.locator("#submit-application").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Иә, жіберу")).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("ата-анаңыз немесе қамқоршыңыз");
        assertThat(page.locator("#submit-application")).isVisible();

        field(page, "guardian-email").fill(guardian);
        page.locator("#guardian-send").click();
        assertThat(page.locator("#guardian-status")).containsText(guardian);
        assertThat(page.locator("#guardian-send-again")).isVisible();
        page.setViewportSize(ChromiumExtension.PHONE_WIDTH, 900);
        page.locator("#guardian-panel").scrollIntoViewIfNeeded();
        ChromiumExtension.screenshot(page, "guardian-panel-kk-360");
        assertNoHorizontalOverflow(page);

        // the guardian opens the mail on a phone of their own
        var guardianLink = waitForMail(guardian, GUARDIAN_LINK);
        try (var guardianContext = page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(ChromiumExtension.PHONE_WIDTH, 800))) {
            var guardianPage = guardianContext.newPage();
            guardianPage.navigate(url(guardianLink));
            assertThat(guardianPage.locator("main")).containsText("Айару Болатқызы");
            assertThat(guardianPage.locator("main")).containsText(competitionService.current().orElseThrow().title().kk());
            ChromiumExtension.screenshot(guardianPage, "guardian-consent-kk-360");
            assertNoHorizontalOverflow(guardianPage);
            field(guardianPage, "guardian-full-name").fill("Болат Сейітов");
            guardianPage.locator("#guardian-agree input").check();
            guardianPage.locator("#guardian-confirm").click();
            assertThat(guardianPage.locator("#guardian-done")).isVisible();
            guardianPage.navigate(url(guardianLink));
            assertThat(guardianPage.locator("#guardian-link-invalid")).isVisible(); // the link works once
        }

        page.reload();
        assertThat(page.locator("#guardian-status")).containsText("Болат Сейітов");
        page.locator("#submit-application").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Иә, жіберу")).click();
        assertThat(page.locator(".reference-number")).containsText("-");
        assertThat(page.locator("#submit-application")).hasCount(0);

        // later: everything about me, as a ZIP
        page.setViewportSize(ChromiumExtension.DESKTOP_WIDTH, 900);
        open(page, "profile", "#my-data-link");
        page.locator("#my-data-link").click();
        assertThat(page.locator("#request-export")).isVisible();
        assertThat(page.locator("#delete-blocked")).isVisible(); // the competition is not archived
        page.locator("#request-export").click();
        assertThat(page.locator("#export-status")).not().hasText("Мұрағат әлі сұралмаған.");
        ChromiumExtension.screenshot(page, "my-data-kk-1280");
        var dataLink = waitForMail(email, DATA_LINK);
        open(page, dataLink, "#download-export");
        var download = page.waitForDownload(() -> page.locator("#download-export").click());
        var zip = unzip(Files.readAllBytes(download.path()));
        var json = new String(zip.get("data.json"), StandardCharsets.UTF_8);
        assertThat(json).contains(email).contains(iin.digits()).contains("Мектеп жанындағы бау-бақша")
                .contains(guardian).contains("Болат Сейітов");
        assertThat(zip.keySet()).anyMatch(name -> name.startsWith("files/applications/") && name.endsWith("бақша-жобасы.pdf"));
        assertThat(zip.keySet()).filteredOn(name -> name.startsWith("files/")).hasSize(3);
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static Locator field(Page page, String id) {
        return page.locator("#" + id + " input");
    }

    private static Locator input(Page page, String id) {
        return page.locator("#" + id + " input");
    }

    private static Locator area(Page page, String id) {
        return page.locator("#" + id + " textarea");
    }

    private static void upload(Page page, String kind, Path file) {
        page.locator("[data-kind=" + kind + "] vaadin-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("[data-kind=" + kind + "] .attachment-file")).hasCount(1);
    }

    /** Waits up to 30 s for a mail to the address whose text matches; returns the first group. */
    private String waitForMail(String address, Pattern pattern) {
        var deadline = System.currentTimeMillis() + 30_000;
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

    private static Path pdf(Path file) throws IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(file.toFile());
        }
        return file;
    }
}
