package kz.urpaq.submission.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.submission.ApplicationService;
import kz.urpaq.submission.ApplicationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class ApplicationViewTest extends SpringBrowserlessTest {

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
}
