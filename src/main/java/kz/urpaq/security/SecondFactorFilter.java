package kz.urpaq.security;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;

/**
 * Takes a password-only sign-in of an account that needs a second factor out of the security
 * context before anything reads it, and keeps it as a {@link PendingSignIn}: the session is
 * anonymous again, and a page request goes to the code (or set-up) page. Whatever signed the
 * session in — the sign-in form or anything added later — no request is ever served with the
 * password alone (docs/decisions/018-second-factor-and-step-up.md).
 */
final class SecondFactorFilter extends OncePerRequestFilter {

    private final SecurityContextHolderStrategy contexts;
    private final SecondFactors secondFactors;
    private final RequestUtil requestUtil;
    private final Clock clock;

    SecondFactorFilter(SecurityContextHolderStrategy contexts, SecondFactors secondFactors,
                       RequestUtil requestUtil, Clock clock) {
        this.contexts = contexts;
        this.secondFactors = secondFactors;
        this.requestUtil = requestUtil;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.needsSecondFactor() && !hasSecondFactor(authentication)) {
            var page = isPage(request);
            var enrolment = secondFactors.isEnrolled(principal.accountId()) ? null
                    : secondFactors.newFactorFor(principal.email());
            var session = request.getSession();
            new PendingSignIn(principal.accountId(), principal.email(), principal.sessionStamp(), clock.instant(),
                    page ? target(request) : "/", enrolment).keepIn(session);
            session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            contexts.clearContext();
            if (page) {
                response.sendRedirect(request.getContextPath() + "/" + SecondFactorController.PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean hasSecondFactor(Authentication authentication) {
        return authentication.getAuthorities().stream().anyMatch(authority ->
                authority instanceof FactorGrantedAuthority && StepUp.TOTP_AUTHORITY.equals(authority.getAuthority()));
    }

    /** A page the browser opens (not Vaadin's own traffic nor a file): the one to go on to afterwards. */
    private boolean isPage(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && !requestUtil.isFrameworkInternalRequest(request)
                && !request.getRequestURI().startsWith(request.getContextPath() + "/files/");
    }

    private static String target(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var query = request.getQueryString();
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return "/"; // only a path of this site, never another site's address
        }
        return query == null ? path : path + "?" + query;
    }
}
