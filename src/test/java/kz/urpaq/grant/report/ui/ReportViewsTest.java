package kz.urpaq.grant.report.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.grant.ReportKind;
import kz.urpaq.grant.report.GrantReportFixture;
import kz.urpaq.grant.report.GrantReportService;
import kz.urpaq.grant.report.MilestoneLine;
import kz.urpaq.grant.report.MilestoneStatus;
import kz.urpaq.grant.report.ReportContent;
import kz.urpaq.grant.report.ReportState;
import kz.urpaq.grant.report.SpendingLine;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class ReportViewsTest extends SpringBrowserlessTest {

    @Autowired GrantReportFixture fixture;
    @Autowired GrantReportService reports;
    @Autowired TestAccounts accounts;
    @Autowired AccountService accountService;
    @Autowired ResultsTestData data;
    @Autowired ResultsService results;
    @Autowired CompetitionSetupService setupService;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<MilestoneStatus> radio(String id) {
        return (RadioButtonGroup<MilestoneStatus>) $(RadioButtonGroup.class).id(id);
    }

    @Test
    void the_recipient_fills_the_report_which_saves_itself_and_hands_it_in() {
        var grant = fixture.activeGrant();
        accounts.signInAs(grant.recipient());
        navigate("grants/" + grant.id() + "/reports/interim", Component.class);

        assertThat($(ReportView.class).single().getElement().getTextRecursively())
                .contains("Үйірме ашу", "Жарыс өткізу", "Жүз оқушы робот құрастыруды үйренеді", "Робот жинағы",
                        "15.12.2026");
        radio("milestone-status-0").setValue(MilestoneStatus.DONE);
        radio("milestone-status-1").setValue(MilestoneStatus.PARTLY);
        test($(TextArea.class).id("milestone-note-1")).setValue("Жарыстың бірінші кезеңі өтті");
        test($(TextArea.class).id("report-results")).setValue("Сексен оқушы робот құрастырды");
        $(IntegerField.class).id("spending-actual-0").setValue(290_000);
        $(IntegerField.class).id("spending-actual-1").setValue(60_000);
        test($(TextArea.class).id("report-summary")).setValue("Сексен оқушы робот құрастырды.");

        assertThat($(Span.class).id("report-totals").getText()).contains("400", "350", "500");
        assertThat($(Span.class).id("report-saved").getText()).startsWith("Сақталды");
        var saved = reports.open(grant.id(), ReportKind.INTERIM);
        assertThat(saved.content().milestones()).extracting(MilestoneLine::status)
                .containsExactly(MilestoneStatus.DONE, MilestoneStatus.PARTLY);
        assertThat(saved.content().spending()).extracting(SpendingLine::actualTenge).containsExactly(290_000L, 60_000L);
        assertThat(saved.content().publicSummary()).isEqualTo("Сексен оқушы робот құрастырды.");

        test($(Button.class).id("submit-report")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(reports.open(grant.id(), ReportKind.INTERIM).state()).isEqualTo(ReportState.SUBMITTED);
        assertThat($(Paragraph.class).id("report-state").getElement().getAttribute("data-state"))
                .isEqualTo("SUBMITTED");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("submit-report"));
        assertThat($(Section.class).id("report-history").getElement().getTextRecursively()).contains("Тапсырылды");
    }

    @Test
    void another_recipients_grant_is_not_found() {
        var grant = fixture.activeGrant();
        accounts.signInAs(accounts.newApplicant());
        navigate("grants/" + grant.id() + "/reports/interim", Component.class);
        assertThat($(ReportView.class).all()).isEmpty();
    }

    @Test
    void the_organiser_returns_a_report_with_a_comment_the_recipient_reads_it_and_the_organiser_accepts_it_again() {
        var grant = fixture.activeGrant();
        accounts.signInAs(grant.recipient());
        reports.saveDraft(grant.id(), ReportKind.INTERIM, complete());
        reports.submit(grant.id(), ReportKind.INTERIM);

        accounts.signInAs(ResultsTestData.ADMIN);
        navigate("admin/grants/" + grant.id() + "/reports", Component.class);
        assertThat($(Section.class).id("interim-report").getElement().getAttribute("data-state")).isEqualTo("SUBMITTED");
        assertThat($(Section.class).id("final-report").getElement().getAttribute("data-state")).isEmpty();
        assertThat($(TextArea.class).id("interim-report-results").isReadOnly()).isTrue();
        test($(Button.class).id("interim-return")).click();
        test($(TextArea.class).id("interim-return-comment")).setValue("Чектерді қосыңыз");
        test($(Button.class).id("interim-confirm-return")).click();
        assertThat($(Section.class).id("interim-report").getElement().getAttribute("data-state")).isEqualTo("RETURNED");
        assertThat($(Section.class).id("interim-history").getElement().getTextRecursively())
                .contains("Түсіндірмемен қайтарылды", "Чектерді қосыңыз");

        accounts.signInAs(grant.recipient());
        navigate("grants/" + grant.id() + "/reports/interim", Component.class);
        assertThat($(Component.class).id("return-comment").getElement().getTextRecursively())
                .contains("Чектерді қосыңыз");
        test($(Button.class).id("submit-report")).click();
        test($(ConfirmDialog.class).single()).confirm();

        accounts.signInAs(ResultsTestData.ADMIN);
        navigate("admin/grants/" + grant.id() + "/reports", Component.class);
        test($(Button.class).id("interim-accept")).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat($(Section.class).id("interim-report").getElement().getAttribute("data-state")).isEqualTo("ACCEPTED");
        assertThat($(Section.class).id("interim-history").getElement().getTextRecursively())
                .contains("Қайта тапсырылды", "Қабылданды");
    }

    @Test
    void the_results_page_links_a_funded_project_to_its_summary_once_its_final_report_is_accepted() {
        var setup = data.scoredInTwoDirections();
        SystemTask.run(() -> {
            setupService.moveTo(setup.id(), Phase.DELIBERATION);
            results.finalise(setup.id());
            setupService.moveTo(setup.id(), Phase.ANNOUNCED);
        });
        var grantId = jdbc.queryForObject("select min(id) from project_grant where competition_id = ?", Long.class,
                setup.id());
        jdbc.update("update project_grant set state = 'ACTIVE' where id = ?", grantId);
        var recipient = jdbc.queryForObject("select u.email from project_grant g join user_account u "
                + "on u.id = g.recipient_account_id where g.id = ?", String.class, grantId);
        accounts.signInAs(recipient);
        var plan = reports.open(grantId, ReportKind.FINAL).plan();
        reports.saveDraft(grantId, ReportKind.FINAL, new ReportContent(
                IntStream.range(0, plan.milestones().size()).mapToObj(i -> new MilestoneLine(i, MilestoneStatus.DONE, ""))
                        .toList(), "Бәрі орындалды",
                IntStream.range(0, plan.budget().size()).mapToObj(i -> new SpendingLine(i, 0, "")).toList(), "",
                "Жоба аяқталды: ауыл мектебінде зертхана ашылды."));
        reports.submit(grantId, ReportKind.FINAL);
        accounts.signOut();

        navigate("results/" + setup.id(), Component.class);
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getHref().equals("projects/" + grantId));

        accounts.signInAs(ResultsTestData.ADMIN);
        reports.accept(grantId, ReportKind.FINAL);
        accounts.signOut();
        navigate("results/" + setup.id(), Component.class);
        assertThat($(Anchor.class).all()).anyMatch(a -> a.getHref().equals("projects/" + grantId));

        navigate("projects/" + grantId, Component.class);
        assertThat($(Paragraph.class).id("public-summary").getText())
                .isEqualTo("Жоба аяқталды: ауыл мектебінде зертхана ашылды.");
    }

    @Test
    void a_summary_whose_final_report_is_not_accepted_is_not_found() {
        var grant = fixture.activeGrant();
        navigate("projects/" + grant.id(), Component.class);
        assertThat($(PublicSummaryView.class).all()).isEmpty();
    }

    private static ReportContent complete() {
        return new ReportContent(
                List.of(new MilestoneLine(0, MilestoneStatus.DONE, ""), new MilestoneLine(1, MilestoneStatus.DONE, "")),
                "Сексен оқушы робот құрастырды",
                List.of(new SpendingLine(0, 290_000, ""), new SpendingLine(1, 60_000, "")), "",
                "Сексен оқушы робот құрастырды.");
    }
}
