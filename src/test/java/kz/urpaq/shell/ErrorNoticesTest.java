package kz.urpaq.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.test.context.support.WithAnonymousUser;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A click that fails unexpectedly tells the person so, with an incident code, and leaves the page
 * usable. Browserless tests get the listener's exception thrown back; a browser's click hands it
 * to the session's error handler, which these tests then do as Flow would.
 */
@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
@WithAnonymousUser
@ExtendWith(OutputCaptureExtension.class)
class ErrorNoticesTest extends SpringBrowserlessTest {

    static final String INTERNALS = "Connection to db.internal:5432 refused";

    /**
     * Buttons whose actions fail as a lost database would: one directly, one after its
     * confirmation dialog (as the applicant's submit does), one with a refusal no view caught.
     */
    @Route("test-only/failing-click")
    @AnonymousAllowed
    public static class FailingClickPage extends Div {
        public FailingClickPage() {
            var save = new Button("save", click -> {
                throw new DataAccessResourceFailureException(INTERNALS);
            });
            save.setId("failing-save");
            save.setDisableOnClick(true);
            var submit = new Button("submit", click -> {
                var confirm = new ConfirmDialog();
                confirm.setConfirmText("submit");
                confirm.addConfirmListener(confirmed -> {
                    throw new DataAccessResourceFailureException(INTERNALS);
                });
                confirm.open();
            });
            submit.setId("failing-submit");
            submit.setDisableOnClick(true);
            var refused = new Button("refused", click -> {
                throw new RefusedException("application.saved.conflict") { };
            });
            refused.setId("refused");
            add(save, submit, refused);
        }
    }

    /** What Flow does with an exception thrown by a listener of {@code source}. */
    private static void handOver(Throwable failure, Component source) {
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failure, source.getElement().getNode()));
    }

    private String notice() {
        return test($(Notification.class).single()).getText();
    }

    @Test
    void a_failed_click_shows_a_notice_with_an_incident_code_logged_with_the_exception(CapturedOutput log) {
        navigate("test-only/failing-click", FailingClickPage.class);
        var save = $(Button.class).id("failing-save");

        handOver(catchThrowable(() -> test(save).click()), save);

        assertThat(notice()).startsWith("Әрекет орындалмады").doesNotContain("db.internal", "Exception");
        var code = Pattern.compile("[0-9A-F]{8}").matcher(notice()).results().reduce((a, b) -> b).orElseThrow().group();
        assertThat(log.getOut()).contains("Incident " + code, "test-only/failing-click", INTERNALS);
        assertThat(save.isEnabled()).as("the button can be clicked again").isTrue();
    }

    @Test
    void the_notice_speaks_the_language_of_the_page() {
        navigate("test-only/failing-click", FailingClickPage.class);
        UI.getCurrent().setLocale(Language.RU.locale());
        var save = $(Button.class).id("failing-save");

        handOver(catchThrowable(() -> test(save).click()), save);

        assertThat(notice()).startsWith("Действие не выполнено").containsPattern("[0-9A-F]{8}");
    }

    @Test
    void a_failed_confirmation_frees_the_button_that_opened_the_dialog() {
        navigate("test-only/failing-click", FailingClickPage.class);
        var submit = $(Button.class).id("failing-submit");
        test(submit).click();
        assertThat(submit.isEnabled()).as("disabled while the dialog asks").isFalse();
        var confirm = $(ConfirmDialog.class).single();

        handOver(catchThrowable(() -> test(confirm).confirm()), confirm);

        assertThat(notice()).startsWith("Әрекет орындалмады");
        assertThat(submit.isEnabled()).isTrue();
    }

    @Test
    void a_refusal_no_view_caught_shows_its_own_message_and_no_incident(CapturedOutput log) {
        navigate("test-only/failing-click", FailingClickPage.class);
        var refused = $(Button.class).id("refused");

        handOver(catchThrowable(() -> test(refused).click()), refused);

        assertThat(notice()).isEqualTo(refused.getTranslation("application.saved.conflict"));
        assertThat(log.getOut()).doesNotContain("Incident ");
    }
}
