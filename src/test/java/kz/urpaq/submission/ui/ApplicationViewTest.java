package kz.urpaq.submission.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.submission.ApplicationService;
import kz.urpaq.submission.ApplicationStatus;
import kz.urpaq.submission.TestApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class ApplicationViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationService applicationService;

    @Autowired
    CompetitionService competitionService;

    @Autowired
    ApplicationContext context;

    private long openDraft() {
        var competition = competitionService.current().orElseThrow();
        var id = applicationService.start(competition.id());
        navigate("applications/" + id, Component.class);
        return id;
    }

    private TextField field(String id) {
        return $(TextField.class).all().stream().filter(f -> f.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private TextArea area(String id) {
        return $(TextArea.class).all().stream().filter(f -> f.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails(value = "daniyar@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void typing_saves_the_draft_and_counts_characters() {
        var id = openDraft();

        test(field("field-title")).setValue("Жасыл мектеп");
        test(area("field-summary")).setValue("Мектеп ауласын көгалдандыру.");

        var saved = applicationService.get(id);
        assertThat(saved.content().title()).isEqualTo("Жасыл мектеп");
        assertThat(saved.content().summary()).isEqualTo("Мектеп ауласын көгалдандыру.");
        assertThat(field("field-title").getHelperText()).isEqualTo("12 / 200");
        assertThat($(H1.class).all()).extracting(H1::getText).contains("Жасыл мектеп");
    }

    @Test
    @WithUserDetails(value = "tomiris@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void submitting_an_incomplete_draft_lists_what_is_missing_and_submits_nothing() {
        var id = openDraft();

        test($(Button.class).all().stream().filter(b -> b.getId().orElse("").equals("submit-application"))
                .findFirst().orElseThrow()).click();

        assertThat($(Dialog.class).all()).isNotEmpty();
        assertThat($(Button.class, $(Dialog.class).first()).all()).extracting(Button::getText)
                .contains("Бағытты таңдаңыз", "Жоба сипаттамасы (PDF)");
        assertThat(applicationService.get(id).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    @WithUserDetails(value = "aruzhan@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_title_full_of_script_is_shown_as_text() {
        openDraft();

        test(field("field-title")).setValue("<script>alert(1)</script>");

        var heading = $(H1.class).all().stream().filter(h -> h.getText().contains("script")).findFirst().orElseThrow();
        assertThat(heading.getElement().getChildren())
                .allSatisfy(child -> assertThat(child.isTextNode()).as("only text inside the heading").isTrue());
        assertThat(heading.getText()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    @WithUserDetails(value = "daniyar@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_team_member_s_age_out_of_range_is_refused_with_the_limit_it_breaks() {
        openDraft();
        var age = $(IntegerField.class).all().stream().filter(f -> "Жасы".equals(f.getLabel())).findFirst()
                .orElseThrow();

        // The tester refuses a value out of range itself; the browser sends it, and the field then shows this.
        assertThat(age.getI18n()).isNotNull();
        assertThat(age.getI18n().getMaxErrorMessage()).isEqualTo("Ең көбі 120.");
        assertThat(age.getI18n().getBadInputErrorMessage()).isNotBlank();
    }

    @Test
    @WithUserDetails(value = "daniyar@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_milestone_date_is_written_as_in_the_rest_of_the_page_with_kazakh_month_names() {
        openDraft();

        var i18n = $(DatePicker.class).first().getI18n();

        assertThat(i18n.getDateFormats()).first().isEqualTo("dd.MM.yyyy");
        assertThat(i18n.getMonthNames()).first().isEqualTo("Қаңтар");
        assertThat(i18n.getToday()).isEqualTo("Бүгін");
    }

    private List<String> shownTexts() {
        var texts = new ArrayList<String>();
        $(Paragraph.class).all().stream().filter(Component::isVisible).map(Paragraph::getText).forEach(texts::add);
        $(TextField.class).all().forEach(f -> texts.add(Objects.requireNonNullElse(f.getHelperText(), "")));
        $(TextArea.class).all().forEach(f -> texts.add(Objects.requireNonNullElse(f.getHelperText(), "")));
        return texts;
    }

    @Test
    @WithUserDetails(value = "daniyar@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_draft_shows_the_hints_for_editing() {
        openDraft();

        assertThat(shownTexts()).contains("Өзіңізден басқа 5 адамға дейін қосуға болады.", "0 / 200")
                .anyMatch(text -> text.startsWith("Қабылданатын түрлер"));
    }

    @Test
    @WithUserDetails(value = "daniyar@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_submitted_application_shows_no_hints_for_editing() {
        var competitionId = TestApplications.competition(context);
        var id = TestApplications.draft(context, competitionId, "daniyar@urpaq.local");
        TestApplications.submit(context, id);

        navigate("applications/" + id, Component.class);

        assertThat(field("field-title").isReadOnly()).isTrue();
        assertThat(shownTexts()).noneMatch(text -> text.startsWith("Өзіңізден басқа")
                || text.startsWith("Жобаңызды бірнеше сөйлеммен") || text.startsWith("Жобаның негізгі кезеңдерін")
                || text.startsWith("Әр шығынды жеке жолға") || text.matches("\\d+ / \\d+")
                || text.startsWith("Қабылданатын түрлер") || text.startsWith("Жүктелгені"));
    }
}
