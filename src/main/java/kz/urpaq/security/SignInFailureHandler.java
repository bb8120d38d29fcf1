package kz.urpaq.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.urpaq.base.Incidents;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * Sends a failed sign-in back to the sign-in page, as Spring Security's default does. A failure
 * that says nothing about the account (the database could not be read) is an incident: the page
 * then says that signing in is not possible right now, with the code, instead of blaming the
 * password. It happens whatever was typed, so it tells nobody which accounts exist; an unknown
 * e-mail still looks like a wrong password.
 */
public final class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    /** The session attribute with the incident code of the last failed sign-in, if it was one. */
    public static final String INCIDENT = SignInFailureHandler.class.getName() + ".INCIDENT";

    SignInFailureHandler() {
        super("/login?error");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        if (isAboutTheAccount(exception) || exception instanceof SignInBusyException) {
            request.getSession().removeAttribute(INCIDENT);
        } else {
            request.getSession().setAttribute(INCIDENT, Incidents.record("while signing in", exception));
        }
        super.onAuthenticationFailure(request, response, exception);
    }

    /** A wrong password or e-mail, an account that is disabled, or a sign-in held back for too many failures. */
    public static boolean isAboutTheAccount(AuthenticationException failure) {
        return failure instanceof BadCredentialsException || failure instanceof UsernameNotFoundException
                || failure instanceof AccountStatusException || failure instanceof SignInSlowedException;
    }
}
