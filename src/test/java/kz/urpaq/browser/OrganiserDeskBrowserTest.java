package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.Phase;
import kz.urpaq.review.JuryPanelService;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.ApplicationStatus;
import kz.urpaq.submission.TestApplications;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organiser's desk in Chromium: screen the submitted applications of a competition, move it
 * to review, run the assignment and see the progress board.
 */
class OrganiserDeskBrowserTest extends BrowserTestSupport {

    @Autowired
    ApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JuryPanelService panels;

    @Test
    void an_administrator_screens_applications_runs_the_assignment_and_sees_the_progress_board(Page page) {
        var competitionId = TestApplications.competition(context);
        var applications = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            var id = TestApplications.draft(context, competitionId, accounts.newApplicant());
            jdbc.sql("update application set title = :title, direction_id = (select min(id) from direction"
                            + " where competition_id = :competition) where id = :id")
                    .param("title", "Жоба " + (i + 1)).param("competition", competitionId).param("id", id).update();
            TestApplications.submit(context, id);
            applications.add(id);
        }
        jdbc.sql("update competition set phase = 'SCREENING' where id = :id").param("id", competitionId).update();
        var directionId = SystemTask.run(() -> context.getBean(CompetitionService.class).findById(competitionId))
                .orElseThrow().directions().getFirst().id();
        for (int i = 0; i < 3; i++) {
            var juror = accounts.newAccount(Role.JURY, true);
            var jurorId = SystemTask.run(() -> accountService.findByEmail(juror)).orElseThrow().id();
            SystemTask.run(() -> panels.addMember(competitionId, directionId, jurorId, 40));
        }

        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        open(page, "admin/competitions/" + competitionId + "/screening", "vaadin-grid");
        assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Жоба 1"))).hasCount(1);
        for (var checkbox : page.locator("vaadin-grid-cell-content vaadin-checkbox").all()) {
            if (checkbox.isVisible()) {
                checkbox.click();
            }
        }
        ChromiumExtension.screenshot(page, "screening-kk");
        page.locator("#mark-eligible").click();
        page.locator("#confirm-decision").click();
        assertThat(page.locator("vaadin-notification-card").first()).containsText("3");
        var statuses = jdbc.sql("select status from application where competition_id = :id")
                .param("id", competitionId).query(String.class).list();
        assertThat(statuses).containsOnly(ApplicationStatus.ELIGIBLE.name());

        open(page, "admin/competitions/" + competitionId, "#next-phase");
        page.locator("#next-phase").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Иә, өту")).click();
        assertThat(page.locator(".phase-badge")).hasAttribute("data-phase", Phase.REVIEW.name());

        open(page, "admin/competitions/" + competitionId + "/assignment", "#run-assignment");
        page.locator("#run-assignment").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot=confirm-button], "
                + "vaadin-confirm-dialog vaadin-button[slot=confirm-button]").first().click();
        assertThat(page.locator("#assignment-result")).containsText("9");
        assertThat(page.locator("#progress-board")).isVisible();
        ChromiumExtension.screenshot(page, "assignment-and-progress-kk");
        var assigned = jdbc.sql("select count(*) from review_assignment where competition_id = :id")
                .param("id", competitionId).query(Long.class).single();
        assertThat(assigned).isEqualTo(9L);
    }
}
