package kz.urpaq.submission.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.submission.ApplicationService;
import kz.urpaq.submission.ApplicationStatus;
import kz.urpaq.submission.MissingItem;
import kz.urpaq.submission.TestApplications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class ApplicationViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationService applicationService;

    @Autowired
    CompetitionService competitionService;

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
    @WithUserDetails(value = "daniyar@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void every_field_the_checklist_can_name_is_on_the_form_under_its_id() {
        openDraft();

        var ids = $(Component.class).all().stream().map(component -> component.getId().orElse("")).toList();
        assertThat(ids).containsAll(Arrays.stream(MissingItem.values()).map(MissingItem::fieldId)
                .filter(id -> !id.isEmpty()).toList());
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

    private Span savedIndicator() {
        return $(Span.class).withClassName("saved-indicator").single();
    }

    /**
     * Types a title while the service cannot be reached (here: the sign-in is gone, so it throws
     * as a lost database would) and hands the failure to the session's error handler, as Flow does.
     */
    private void typeWhileSavesFail(String title) {
        var signedIn = signOut();
        var failure = catchThrowable(() -> test(field("field-title")).setValue(title));
        assertThat(failure).as("the save failed").isNotNull();
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure, field("field-title").getElement().getNode()));
        SecurityContextHolder.getContext().setAuthentication(signedIn);
    }

    private void closePage() {
        $(ApplicationView.class).single().getElement().removeFromParent();
    }

    /** Vaadin reads the context through the session too, so the context itself is emptied. */
    private static Authentication signOut() {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(null);
        return signedIn;
    }

    /** A title of its own: each applicant has one draft per competition, which earlier tests typed into. */
    private static String freshTitle() {
        return "Жасыл мектеп " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithUserDetails(value = "daniyar@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_draft_save_that_fails_unexpectedly_says_not_saved_and_shows_an_incident_code() {
        var id = openDraft();
        var title = freshTitle();

        typeWhileSavesFail(title);

        assertThat(savedIndicator().getText()).isEqualTo(savedIndicator().getTranslation("application.saved.failed"));
        assertThat(savedIndicator().hasClassName("not-saved")).isTrue();
        assertThat(test($(Notification.class).single()).getText()).startsWith("Әрекет орындалмады")
                .containsPattern("[0-9A-F]{8}");
        assertThat(applicationService.get(id).content().title()).isNotEqualTo(title);

        test(area("field-summary")).setValue("Мектеп ауласы " + title);

        assertThat(applicationService.get(id).content().title()).as("the next change saves it all").isEqualTo(title);
    }

    @Test
    @WithUserDetails(value = "daniyar@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void leaving_the_page_saves_a_change_whose_save_had_failed() {
        var id = openDraft();
        var title = freshTitle();
        typeWhileSavesFail(title);

        closePage();

        assertThat(applicationService.get(id).content().title()).isEqualTo(title);
    }

    @Test
    @WithUserDetails(value = "daniyar@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    @ExtendWith(OutputCaptureExtension.class)
    void when_the_session_ends_without_a_sign_in_the_page_closes_quietly_without_saving(CapturedOutput log) {
        var id = openDraft();
        var title = freshTitle();
        typeWhileSavesFail(title);
        var signedIn = signOut();
        var logged = log.getOut().length();

        // Flow hands an exception of a detach to the session's error handler, which logs it.
        closePage();

        assertThat(log.getOut().substring(logged)).doesNotContain("ERROR", "Exception");

        SecurityContextHolder.getContext().setAuthentication(signedIn);
        assertThat(applicationService.get(id).content().title()).isNotEqualTo(title);
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
