package kz.urpaq.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import kz.urpaq.security.SignInBusyException;
import kz.urpaq.security.SignInSlowedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-in that fails on our side (the accounts could not be read) says so, with an incident
 * code, instead of calling the password wrong; a wrong password still reads as before.
 */
@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
@WithAnonymousUser
@ExtendWith(OutputCaptureExtension.class)
class LoginViewTest extends SpringBrowserlessTest {

    @Autowired
    SecurityFilterChain securityFilterChain;

    /** Fails a sign-in the way the filter chain does, in this test's session, and opens the page it leads to. */
    private LoginForm failSignIn(AuthenticationException failure) throws Exception {
        var request = new MockHttpServletRequest("POST", "/login");
        request.setSession(((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession());
        var response = new MockHttpServletResponse();
        failureHandler().onAuthenticationFailure(request, response, failure);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        return $(LoginForm.class).single();
    }

    /** The texts the form shows, as sent to the browser. */
    private static String errorMessage(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    /** The handler the filter chain calls on a failed sign-in. */
    private AuthenticationFailureHandler failureHandler() {
        var filter = securityFilterChain.getFilters().stream()
                .filter(UsernamePasswordAuthenticationFilter.class::isInstance).findFirst().orElseThrow();
        return (AuthenticationFailureHandler) ReflectionTestUtils.getField(filter,
                AbstractAuthenticationProcessingFilter.class, "failureHandler");
    }

    @Test
    void a_database_failure_at_sign_in_says_try_again_later_with_an_incident_code(CapturedOutput log) throws Exception {
        var form = failSignIn(new InternalAuthenticationServiceException("could not read accounts",
                new DataAccessResourceFailureException("Connection to db.internal:5432 refused")));

        var error = errorMessage(form);
        assertThat(error).contains("Қазір кіру мүмкін емес").doesNotContain("db.internal", "құпиясөз қате");
        var code = Pattern.compile("айтыңыз: ([0-9A-F]{8})").matcher(error).results().findFirst().orElseThrow().group(1);
        assertThat(log.getOut()).contains("Incident " + code, "db.internal:5432");
    }

    @Test
    void a_wrong_password_after_a_database_failure_reads_as_a_wrong_password() throws Exception {
        failSignIn(new InternalAuthenticationServiceException("could not read accounts"));

        var form = failSignIn(new BadCredentialsException("Bad credentials"));

        assertThat(errorMessage(form)).contains("Кіру мүмкін болмады", "құпиясөз қате").doesNotContain("айтыңыз");
    }

    @Test
    void a_wrong_password_an_unknown_address_a_disabled_and_a_slowed_account_read_exactly_the_same() throws Exception {
        var texts = new ArrayList<String>();
        for (var failure : List.of(new BadCredentialsException("Bad credentials"),
                new UsernameNotFoundException("no account for this e-mail"), new DisabledException("User is disabled"),
                new LockedException("User account is locked"), new SignInSlowedException())) {
            texts.add(errorMessage(failSignIn(failure)));
        }

        assertThat(texts).containsOnly(texts.getFirst());
        assertThat(texts.getFirst()).contains("Кіру мүмкін болмады").doesNotContain("айтыңыз", "бұғат", "өшірілген.");
    }

    @Test
    void a_sign_in_that_waited_too_long_for_its_turn_says_busy_and_is_no_incident(CapturedOutput log) throws Exception {
        var form = failSignIn(new SignInBusyException());

        assertThat(errorMessage(form)).contains("Қазір кіретіндер өте көп", "Бірнеше секундтан кейін")
                .doesNotContain("құпиясөз қате", "айтыңыз");
        assertThat(log.getOut()).doesNotContain("Incident ");
    }
}
