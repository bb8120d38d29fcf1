package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.ApplicationService;
import kz.urpaq.submission.ScreeningService;
import kz.urpaq.submission.TestApplications;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Objects;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Talking to applicants in Chromium (domain.md §13): an organiser returns an application for
 * revision, the applicant fixes and resends it, the organiser compares the versions and marks it
 * eligible; after review the applicant appeals the provisional result, the organiser upholds it,
 * the competition is announced once the window has closed, and the public page shows the new place.
 */
class RevisionAndAppealBrowserTest extends BrowserTestSupport {

    @Autowired ApplicationContext context;
    @Autowired TestAccounts accounts;
    @Autowired ApplicationService applications;
    @Autowired ScreeningService screening;
    @Autowired CompetitionSetupService setup;
    @Autowired ResultsService results;
    @Autowired ResultsTestData data;
    @Autowired AccountService accountService;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    private static final String FIXED_TITLE = "Ауылдағы робототехника мектебі";

    @Test
    void a_revision_is_fixed_and_compared_and_an_upheld_appeal_changes_the_public_place(Page page) {
        // Two applicants submit to an open competition, which then closes for screening.
        long competitionId = TestApplications.openCompetition(context, clock.instant());
        var applicant = accounts.newApplicant();
        var rival = accounts.newApplicant();
        accounts.signInAs(applicant);
        long applicationId = TestApplications.completeDraft(context, competitionId);
        applications.submit(applicationId);
        accounts.signInAs(rival);
        long rivalId = TestApplications.completeDraft(context, competitionId);
        applications.submit(rivalId);
        accounts.signOut();
        jdbc.sql("update competition set phase = 'SCREENING' where id = :id").param("id", competitionId).update();

        // The organiser returns the application for revision.
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/competitions/" + competitionId + "/screening", "vaadin-grid");
        openRow(page);
        page.locator("#request-revision").click();
        page.locator("#revision-note textarea").fill("Жобаның атауын нақтылаңыз.");
        page.locator("#confirm-revision").click();
        assertThat(page.locator("vaadin-grid")).containsText(translations(Language.KK)
                .getProperty("application.status.revision_requested"));

        // The applicant reads what to fix, changes the title and sends the application again.
        page.navigate("about:blank");
        page.context().clearCookies();
        signIn(page, applicant, accounts.passwordOf(applicant));
        open(page, "applications/" + applicationId, "#revision-banner");
        assertThat(page.locator("#revision-banner")).containsText("Жобаның атауын нақтылаңыз.");
        var title = page.locator("#field-title input");
        title.fill(FIXED_TITLE);
        title.press("Tab");
        waitForVaadin(page);
        page.locator("#submit-application").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Иә, жіберу")).click();
        assertThat(page.locator("#revision-banner")).hasCount(0);
        page.setViewportSize(360, 800);
        open(page, "applications/" + applicationId + "/messages", "#message-text");
        page.locator("#message-text textarea").fill("Атауын түзеттім, қайта жібердім.");
        page.locator("#send-message").click();
        assertThat(page.locator("#conversation-thread")).containsText("Атауын түзеттім");
        assertNoHorizontalOverflow(page);
        ChromiumExtension.screenshot(page, "conversation-applicant-kk-360");
        page.setViewportSize(1280, 900);

        // The organiser sees what changed between the two versions and marks it eligible.
        page.navigate("about:blank");
        page.context().clearCookies();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/competitions/" + competitionId + "/screening", "vaadin-grid");
        openRow(page);
        page.locator("#compare-versions").click();
        assertThat(page.locator("#version-changes")).containsText(FIXED_TITLE);
        assertThat(page.locator("#version-changes")).containsText("Ауылдағы робототехника үйірмесі");
        ChromiumExtension.screenshot(page, "revision-versions-kk");
        page.keyboard().press("Escape");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(translations(Language.KK).getProperty("screening.mark-eligible"))).last().click();
        page.locator("#confirm-decision").click();
        assertThat(page.locator("vaadin-grid")).containsText(translations(Language.KK)
                .getProperty("application.status.eligible"));

        // Review and deliberation through the services: the rival is ranked first, the applicant second.
        SystemTask.run(() -> screening.decide(rivalId, true, ""));
        SystemTask.run(() -> setup.moveTo(competitionId, Phase.REVIEW));
        var overview = SystemTask.run(() -> setup.overview(competitionId));
        var fixture = new ReviewFixture.Setup(overview, List.of(new ReviewFixture.Panel(
                overview.directions().getFirst().id(), List.of(), List.of(rivalId, applicationId))), 0);
        for (int j = 0; j < 3; j++) {
            var juror = data.juror(fixture, 0);
            data.submit(juror, rivalId, 9, 9, 9, 9, 9);
            data.submit(juror, applicationId, 7, 7, 7, 7, 7);
        }
        SystemTask.run(() -> setup.moveTo(competitionId, Phase.DELIBERATION));
        SystemTask.run(() -> results.finalise(competitionId));
        SystemTask.run(() -> setup.moveTo(competitionId, Phase.PRELIMINARY));
        var closes = Objects.requireNonNull(SystemTask.run(() -> setup.appealSettings(competitionId)).closesAt());

        // The applicant appeals the provisional second place.
        page.navigate("about:blank");
        page.context().clearCookies();
        signIn(page, applicant, accounts.passwordOf(applicant));
        page.setViewportSize(360, 800);
        open(page, "applications/" + applicationId + "/appeal", "#provisional-result");
        page.locator("#appeal-reason textarea").fill("Бір қазы жаңартылған сметаны көрмеген.");
        page.locator("#send-appeal").click();
        assertThat(page.locator("#my-appeal")).isVisible();
        assertNoHorizontalOverflow(page);
        assertNoMissingTranslations(page);
        ChromiumExtension.screenshot(page, "appeal-applicant-kk-360");
        page.setViewportSize(1280, 900);

        // The organiser upholds it: a shared first place.
        page.navigate("about:blank");
        page.context().clearCookies();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/competitions/" + competitionId + "/appeals", "vaadin-grid");
        page.locator("[id^=decide-appeal-]").click();
        page.locator("#appeal-outcome vaadin-radio-button").first().click(); // upheld
        page.locator("#appeal-place input").fill("1");
        page.locator("#appeal-grant").click(); // the grant stays
        page.locator("#appeal-decision-reason textarea").fill("Смета қатесі расталды.");
        page.locator("#confirm-appeal-decision").click();
        assertThat(page.locator("vaadin-grid")).containsText(translations(Language.KK)
                .getProperty("appeal.outcome.upheld"));
        ChromiumExtension.screenshot(page, "appeals-organiser-kk");

        // While the window runs the announcement is refused; once it has closed, it goes through.
        open(page, "admin/competitions/" + competitionId, "#next-phase");
        page.locator("#next-phase").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Иә, өту")).click();
        passStepUpIfAsked(page);
        assertThat(page.locator(".phase-badge")).hasAttribute("data-phase", Phase.PRELIMINARY.name());
        clock.set(closes);
        page.navigate("about:blank");
        page.context().clearCookies();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/competitions/" + competitionId, "#next-phase");
        page.locator("#next-phase").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Иә, өту")).click();
        passStepUpIfAsked(page);
        assertThat(page.locator(".phase-badge")).hasAttribute("data-phase", Phase.ANNOUNCED.name());

        // The public page shows the new place and the appeals.
        page.navigate("about:blank");
        page.context().clearCookies();
        open(page, "results/" + competitionId, ".results-direction");
        assertThat(page.locator(".award", new Page.LocatorOptions().setHasText(FIXED_TITLE))
                .locator(".award-badge")).hasAttribute("data-place", "1");
        assertThat(page.locator("#appeal-counts")).isVisible();
        page.setViewportSize(360, 800);
        open(page, "results/" + competitionId, ".results-direction");
        assertNoHorizontalOverflow(page);
        ChromiumExtension.screenshot(page, "public-results-after-appeal-kk-360");
    }

    /** Opens the first row of the screening grid, once the grid's rows have arrived. */
    private void openRow(Page page) {
        var read = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(translations(Language.KK).getProperty("screening.open"))).first();
        assertThat(read).isVisible();
        waitForVaadin(page);
        read.click();
        assertThat(page.locator("#request-revision")).isVisible();
    }

    /** Announcing asks for the password and code again when the sign-in is older than ten minutes. */
    private void passStepUpIfAsked(Page page) {
        waitForVaadin(page);
        if (page.locator("#step-up-dialog #step-up-password").count() > 0) {
            page.locator("#step-up-password input").fill(ADMIN_PASSWORD);
            page.locator("#step-up-code input").fill(secondFactorCode(ADMIN_EMAIL));
            page.locator("#step-up-confirm").click();
            waitForVaadin(page);
        }
    }
}
