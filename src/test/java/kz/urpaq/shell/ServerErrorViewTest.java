package kz.urpaq.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/** An unexpected failure shows a plain sentence and an incident code, never the exception's text. */
@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
@WithAnonymousUser
class ServerErrorViewTest extends SpringBrowserlessTest {

    /** A page that fails the way a lost database connection would, with internals in the message. */
    @Route("test-only/failing-page")
    @AnonymousAllowed
    public static class FailingPage extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("relation \"application_secret\" does not exist at kz.urpaq.Internal");
        }
    }

    @Test
    void the_person_sees_what_happened_in_their_language_and_a_code_but_no_internals() {
        var page = navigate("test-only/failing-page", ServerErrorView.class);

        var text = page.getElement().getTextRecursively();
        assertThat(text).contains("Бірдеңе дұрыс болмады", "Сақталған деректеріңіз жоғалған жоқ")
                .doesNotContain("application_secret", "IllegalStateException", "kz.urpaq");
        var code = $(Paragraph.class).withClassName("incident-code").single().getText();
        assertThat(code).matches(".*: [0-9A-F]{8}");
    }
}
