package kz.urpaq.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Stands before the form login: a sign-in that {@link LoginThrottle} holds back is answered as
 * a failed one, by the same handler and with the same message, and no password is checked.
 * The sign-in first waits for its turn in the password queue ({@link QueuedPasswordEncoder#inTurn}),
 * and only then is counted against the allowances: however many wait, at most as many attempts as
 * there are turns are counted and not yet settled, so people behind one address who sign in at once
 * are not taken for a guesser (docs/benchmarks.md §11, failover run 3). One that waits too long is
 * answered as busy, as the form login would answer it.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    private final LoginThrottle throttle;
    private final AuthenticationFailureHandler failureHandler;
    private final QueuedPasswordEncoder passwords;

    SignInThrottleFilter(LoginThrottle throttle, AuthenticationFailureHandler failureHandler,
                         QueuedPasswordEncoder passwords) {
        this.throttle = throttle;
        this.failureHandler = failureHandler;
        this.passwords = passwords;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var email = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
        try {
            passwords.inTurn(() -> {
                if (!throttle.admit(email == null ? "" : email, request.getRemoteAddr())) {
                    failureHandler.onAuthenticationFailure(request, response, new SignInSlowedException());
                    return;
                }
                chain.doFilter(request, response);
            });
        } catch (SignInBusyException busy) {
            failureHandler.onAuthenticationFailure(request, response, busy);
        }
    }
}
