package kz.urpaq.competition.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
@WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
class CompetitionEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    CompetitionSetupService setup;

    private Button button(String id) {
        return $(Button.class).all().stream().filter(b -> b.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void an_administrator_renames_a_draft_and_the_new_title_is_saved() {
        var id = setup.createDraft(2032);
        navigate("admin/competitions/" + id, Component.class);

        var titleEn = $(TextField.class).all().stream().filter(f -> "Title (English)".equals(f.getLabel())
                || f.getLabel().contains("ағылшынша")).filter(f -> f.getLabel().startsWith("Атауы")).findFirst()
                .orElseThrow();
        test(titleEn).setValue("Youth grants 2032");
        test(button("save-competition")).click();

        assertThat(setup.settings(id).title().en()).isEqualTo("Youth grants 2032");
    }

    @Test
    void opening_a_draft_without_dates_is_refused_with_the_reason_and_the_phase_stays() {
        var id = setup.createDraft(2033);
        navigate("admin/competitions/" + id, Component.class);

        test(button("next-phase")).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(setup.overview(id).phase()).isEqualTo(Phase.DRAFT);
        assertThat($(Notification.class).all()).extracting(n -> test(n).getText())
                .contains("Алдымен үш күнді де толтырыңыз.");
    }

    @Test
    void the_date_pickers_write_dates_as_the_rest_of_the_page_with_kazakh_names() {
        var id = setup.createDraft(2034);
        navigate("admin/competitions/" + id, Component.class);

        assertThat($(DateTimePicker.class).all()).hasSize(3).allSatisfy(picker -> {
            var dates = picker.getDatePickerI18n();
            assertThat(dates).isNotNull();
            assertThat(dates.getDateFormats()).first().isEqualTo("dd.MM.yyyy");
            assertThat(dates.getMonthNames()).first().isEqualTo("Қаңтар");
            assertThat(dates.getFirstDayOfWeek()).isEqualTo(1);
        });
    }

    @Test
    void the_audit_date_filters_write_dates_as_the_rest_of_the_page_with_kazakh_names() {
        navigate("admin/audit", Component.class);

        assertThat($(DatePicker.class).all()).hasSize(2).allSatisfy(picker -> {
            assertThat(picker.getI18n().getDateFormats()).first().isEqualTo("dd.MM.yyyy");
            assertThat(picker.getI18n().getWeekdays()).first().isEqualTo("Жексенбі");
            assertThat(picker.getI18n().getCancel()).isEqualTo("Болдырмау");
        });
    }
}
