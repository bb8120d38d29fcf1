package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.review.AssignmentService;
import kz.urpaq.review.JuryPanelService;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.EligibleApplications;
import kz.urpaq.submission.TeamMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A juror in Chromium: finds the demo's round under review on "My reviews"; opens an assignment,
 * scores it, submits and moves on.
 */
class JuryReviewBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "juror-browser-2026";

    @Autowired
    ReviewFixture fixture;

    @Autowired
    JuryPanelService panels;

    @Autowired
    AssignmentService assignments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EligibleApplications applications;

    @Test
    void the_demo_juror_signs_in_and_finds_projects_to_score_some_drafted_some_submitted(Page page) {
        signIn(page, JUROR_EMAIL, JUROR_PASSWORD);
        open(page, "reviews", "#review-progress");

        assertThat(page.locator(".review-competition h2"))
                .containsText("Тәуелсіздік ұрпақтары — 2026: аудандық кезең");
        assertThat(page.locator("#review-progress")).containsText("1 / 3");
        assertThat(page.locator("#review-deadline")).isVisible();
        assertThat(page.locator(".review-item")).hasCount(3);
        assertThat(page.locator(".review-state-submitted")).hasCount(1);
        assertThat(page.locator(".review-state-draft")).hasCount(1);
        assertThat(page.locator(".review-state-new")).hasCount(1);
        ChromiumExtension.screenshot(page, "reviews-demo-kk-" + ChromiumExtension.DESKTOP_WIDTH);

        page.locator(".review-state-draft").locator("xpath=..").locator("a").click();
        assertThat(page.locator("#score-sheet")).isVisible();
        assertThat(page.locator("#score-0 input")).not().hasValue("");
        assertThat(page.locator("#score-4 input")).hasValue("");
    }

    @Test
    void a_juror_scores_an_assignment_submits_it_and_moves_to_the_next(Page page) {
        var setup = fixture.build(new int[]{2}, new int[]{0}, 10);
        applications.describe(setup.panel(0).applications().getFirst(),
                "Ауылдағы мектеп оқушыларына робототехника үйірмесін ашу: жыл бойы апта сайынғы сабақтар мен "
                        + "аудандық жарыс.", List.of(new TeamMember("Ерболат Жақсылықов", "Бағдарламашы", 17)));
        var email = createThrowawayAccount(PASSWORD, "Сарапшы Тест", Role.JURY, Language.KK);
        long jurorId = SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow().id();
        SystemTask.run(() -> panels.addMember(setup.id(), setup.panel(0).directionId(), jurorId, 10));
        var held = new ArrayList<Long>();
        for (var application : setup.panel(0).applications()) {
            held.add(SystemTask.run(() -> assignments.add(application, jurorId)).assignmentId());
        }

        signIn(page, email, PASSWORD);
        open(page, "reviews", "#review-progress");
        assertThat(page.locator("#review-progress")).containsText("0 / 2");
        page.locator(".review-item a").first().click();
        assertThat(page.locator("#score-sheet")).isVisible();
        assertThat(page).hasURL(url("reviews/" + held.getFirst()));

        var scores = List.of("8", "6", "7", "9", "5");
        for (int i = 0; i < scores.size(); i++) {
            page.locator("#score-" + i + " input").fill(scores.get(i));
            page.locator("#score-" + i + " input").press("Tab");
        }
        assertThat(page.locator("#sheet-total")).containsText("71,5");
        assertThat(page.locator("#sheet-state")).hasText("Жоба нұсқасы сақталған");
        assertThat(page.locator("main")).not().containsText("Ерболат");
        waitForVaadin(page);
        assertThat(jdbc.sql("select state from review_assignment where id = :id").param("id", held.getFirst())
                .query(String.class).single()).isEqualTo("DRAFT");
        ChromiumExtension.screenshot(page, "review-kk-" + ChromiumExtension.DESKTOP_WIDTH);
        var viewport = page.viewportSize();
        page.setViewportSize(ChromiumExtension.PHONE_WIDTH, 740);
        waitForVaadin(page);
        assertNoHorizontalOverflow(page);
        ChromiumExtension.screenshot(page, "review-kk-" + ChromiumExtension.PHONE_WIDTH);
        page.setViewportSize(viewport.width, viewport.height);

        page.locator("#submit-sheet").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("жіберілді");
        waitForVaadin(page);
        assertThat(jdbc.sql("select state from review_assignment where id = :id").param("id", held.getFirst())
                .query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(page.locator("#submit-sheet")).hasCount(0);

        page.locator("#next-assignment").click();
        assertThat(page).hasURL(url("reviews/" + held.get(1)));
        assertThat(page.locator("#score-0")).isVisible();
    }
}
