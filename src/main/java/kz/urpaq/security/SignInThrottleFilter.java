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
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/login");

    private final LoginThrottle throttle;
    private final AuthenticationFailureHandler failureHandler;

    SignInThrottleFilter(LoginThrottle throttle, AuthenticationFailureHandler failureHandler) {
        this.throttle = throttle;
        this.failureHandler = failureHandler;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var email = request.getParameter(UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY);
        if (!throttle.admit(email == null ? "" : email, request.getRemoteAddr())) {
            failureHandler.onAuthenticationFailure(request, response, new SignInSlowedException());
            return;
        }
        chain.doFilter(request, response);
    }
}
