package kz.urpaq.grant.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import kz.urpaq.base.ui.DateField;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.demo.FinishedCompetitionDemo;
import kz.urpaq.grant.GrantService;
import kz.urpaq.grant.GrantTermsView;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The grant terms dialog of the grant register, over the 2025 demo competition, as its administrator. */
@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class GrantTermsDialogTest extends SpringBrowserlessTest {

    @Autowired GrantService grants;
    @Autowired CompetitionService competitions;
    @Autowired TestAccounts testAccounts;

    private long competitionId;
    private @Nullable GrantTermsView before;

    @BeforeEach
    void openTheTerms() {
        competitionId = SystemTask.run(() -> competitions.findByCode(FinishedCompetitionDemo.CODE)).orElseThrow().id();
        testAccounts.signInAs(GrantViewsTest.ADMIN);
        before = grants.terms(competitionId);
        navigate("admin/competitions/" + competitionId + "/grants", Component.class);
        test($(Button.class).id("grant-terms-open")).click();
    }

    @AfterEach
    void restoreTheTerms() {
        testAccounts.signInAs(GrantViewsTest.ADMIN);
        if (before != null) {
            grants.changeTerms(competitionId, before);
        }
        testAccounts.signOut();
    }

    @Test
    void the_administrator_changes_the_interim_due_date_and_the_kazakh_text() {
        var shown = $(TextArea.class).id("grant-terms-text-kk");
        assertThat(shown.getValue()).isEqualTo(before.textKk());
        assertThat($(TextArea.class).id("grant-terms-text-ru").getValue()).isEqualTo(before.textRu());
        var finalDue = before.finalReportDue() == null ? LocalDate.of(2027, 6, 30) : before.finalReportDue();
        var interim = finalDue.minusMonths(3);
        $(DateField.class).id("grant-terms-final-due").setValue(finalDue);
        $(DateField.class).id("grant-terms-interim-due").setValue(interim);
        shown.setValue("Жаңа келісім мәтіні: Алушы есептерді уақытында тапсырады.");

        test($(Button.class).id("grant-terms-save")).click();

        var after = grants.terms(competitionId);
        assertThat(after.textKk()).isEqualTo("Жаңа келісім мәтіні: Алушы есептерді уақытында тапсырады.");
        assertThat(after.interimReportDue()).isEqualTo(interim);
        assertThat(after.finalReportDue()).isEqualTo(finalDue);
        assertThat(after.textRu()).isEqualTo(before.textRu());
        assertThat(after.schedule()).isEqualTo(before.schedule());
        assertThat($(TextArea.class).all()).as("the dialog closed").isEmpty();
    }

    @Test
    void a_final_report_due_before_the_interim_is_refused_on_its_field_and_changes_nothing() {
        $(DateField.class).id("grant-terms-interim-due").setValue(LocalDate.of(2027, 5, 1));
        $(DateField.class).id("grant-terms-final-due").setValue(LocalDate.of(2027, 4, 1));
        $(TextArea.class).id("grant-terms-text-kk").setValue("Өзгерген мәтін");

        test($(Button.class).id("grant-terms-save")).click();

        var finalDue = $(DateField.class).id("grant-terms-final-due");
        assertThat(finalDue.isInvalid()).isTrue();
        assertThat(finalDue.getErrorMessage()).isEqualTo("Аралық есеп қорытынды есептен бұрын тапсырылады");
        assertThat(grants.terms(competitionId)).isEqualTo(before);
    }

    @Test
    void a_schedule_that_does_not_add_up_to_a_hundred_is_refused_on_the_schedule() {
        var percents = $(IntegerField.class).withClassName("grant-terms-percent").all();
        assertThat(percents).hasSize(before.schedule().size());
        percents.getFirst().setValue(before.schedule().getFirst().percent() - 10);

        test($(Button.class).id("grant-terms-save")).click();

        CustomField<?> schedule = $(CustomField.class).id("grant-terms-schedule");
        assertThat(schedule.isInvalid()).isTrue();
        assertThat(schedule.getErrorMessage()).isEqualTo("Траншалардың қосындысы 100 % болуы керек");
        assertThat(grants.terms(competitionId)).isEqualTo(before);
    }
}
