package kz.urpaq.competition.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
@WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
class CompetitionEditorViewTest extends SpringBrowserlessTest {

    @Autowired
    CompetitionSetupService setup;

    @Autowired
    JdbcTemplate jdbc;

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

    private TextField titleEn() {
        return $(TextField.class).all().stream().filter(f -> "Атауы (ағылшынша)".equals(f.getLabel())).findFirst()
                .orElseThrow();
    }

    @Test
    void an_empty_variance_threshold_is_refused_on_its_field_and_nothing_is_saved_or_lost() {
        var id = setup.createDraft(2035);
        navigate("admin/competitions/" + id, Component.class);

        test(titleEn()).setValue("Typed before the mistake");
        var threshold = $(BigDecimalField.class).id("variance-threshold");
        threshold.clear();
        test(button("save-competition")).click();

        assertThat(threshold.isInvalid()).isTrue();
        assertThat(threshold.getErrorMessage()).isEqualTo("Бұл өрісті толтырыңыз.");
        assertThat(setup.settings(id).varianceThreshold()).isEqualByComparingTo("15");
        assertThat(setup.settings(id).title().en()).isNotEqualTo("Typed before the mistake");
        assertThat(titleEn().getValue()).isEqualTo("Typed before the mistake");
        assertThat(button("save-competition").isEnabled()).isTrue();

        test(threshold).setValue(new BigDecimal("12.5"));
        test(button("save-competition")).click();

        assertThat(setup.settings(id).varianceThreshold()).isEqualByComparingTo("12.5");
        assertThat(setup.settings(id).title().en()).isEqualTo("Typed before the mistake");
    }

    @Test
    void an_empty_whole_number_is_refused_too_instead_of_saved_as_zero() {
        var id = setup.createDraft(2036);
        navigate("admin/competitions/" + id, Component.class);

        var reviewers = $(IntegerField.class).id("reviewers-per-application");
        reviewers.clear();
        test(button("save-competition")).click();

        assertThat(reviewers.isInvalid()).isTrue();
        assertThat(setup.settings(id).reviewersPerApplication()).isEqualTo(3);
    }

    @Test
    void prizes_typed_as_money_is_written_are_saved_and_a_negative_one_is_refused_on_its_field() {
        var id = setup.createDraft(2037);
        navigate("admin/competitions/" + id, Component.class);
        var prizes = $(TextField.class).id("place-prizes");

        test(prizes).setValue("2 000 000 / 1\u00a0500\u00a0000 ₸ / 750 000");
        test(button("save-competition")).click();

        assertThat(setup.settings(id).placePrizes())
                .isEqualTo(Map.of(1, 2_000_000L, 2, 1_500_000L, 3, 750_000L));
        assertThat(prizes.getValue()).isEqualTo("2000000 / 1500000 / 750000");

        test(prizes).setValue("2 000 000 / -5");
        test(button("save-competition")).click();

        assertThat(prizes.isInvalid()).isTrue();
        assertThat(prizes.getErrorMessage()).startsWith("Әр орынның сомасын цифрмен");
        assertThat(setup.settings(id).placePrizes()).containsEntry(2, 1_500_000L);
        assertThat(prizes.getValue()).isEqualTo("2 000 000 / -5");
    }

    @Test
    void from_review_on_the_settings_that_decide_results_are_read_only_and_the_texts_stay_editable() {
        var id = setup.createDraft(2038);
        var opens = Instant.parse("2038-03-01T04:00:00Z");
        jdbc.update("update competition set phase = 'REVIEW', opens_at = ?, submission_deadline = ?,"
                + " review_deadline = ? where id = ?", Timestamp.from(opens),
                Timestamp.from(opens.plus(Duration.ofDays(30))), Timestamp.from(opens.plus(Duration.ofDays(60))), id);
        navigate("admin/competitions/" + id, Component.class);

        assertThat($(BigDecimalField.class).id("variance-threshold").isReadOnly()).isTrue();
        assertThat($(IntegerField.class).id("reviewers-per-application").isReadOnly()).isTrue();
        assertThat($(TextField.class).id("place-prizes").isReadOnly()).isTrue();
        assertThat($(Component.class).id("criteria").getElement().getProperty("readonly", false)).isTrue();
        assertThat(titleEn().isReadOnly()).isFalse();
        assertThat($(IntegerField.class).id("max-age").isReadOnly()).isFalse();

        test(titleEn()).setValue("Renamed while jurors score");
        test(button("save-competition")).click();

        assertThat(setup.settings(id).title().en()).isEqualTo("Renamed while jurors score");
    }
}
