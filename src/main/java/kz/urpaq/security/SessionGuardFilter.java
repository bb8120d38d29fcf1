package kz.urpaq.security;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

/**
 * Ends a signed-in session that {@link SessionGuard} says may not go on, before anything reads its
 * security context: the request then carries on as anonymous, so a page goes to sign-in, Vaadin
 * tells an open tab that its session expired (the tab reloads) and a file download is refused. Every
 * other request except Vaadin's heartbeat counts as activity. It also answers
 * {@link SessionGuard#TIME_LEFT_PATH} for the page's warning.
 *
 * <p>Not a bean: as one, Spring Boot would also run it outside the security filter chain.
 */
final class SessionGuardFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = SessionGuardFilter.class.getName() + ".LAST_ACTIVITY";
    private static final String HEARTBEAT = ApplicationConstants.REQUEST_TYPE_PARAMETER + "="
            + HandlerHelper.RequestType.HEARTBEAT.getIdentifier();
    /** The folders anyone may read (SecurityConfiguration): nothing in them depends on who asks. */
    private static final RequestMatcher STATIC_FILES = new OrRequestMatcher(
            Arrays.stream(new String[]{"/VAADIN/**", "/images/**", "/styles/**", "/fonts/**"})
                    .map(PathPatternRequestMatcher::pathPattern).toArray(RequestMatcher[]::new));
    private static final RequestMatcher TIME_LEFT = PathPatternRequestMatcher.pathPattern(SessionGuard.TIME_LEFT_PATH);

    private final SessionGuard guard;
    private final SessionKeys keys;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;

    SessionGuardFilter(SessionGuard guard, SessionKeys keys, SecurityContextHolderStrategy contexts, Clock clock) {
        this.guard = guard;
        this.keys = keys;
        this.contexts = contexts;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return STATIC_FILES.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var asksTimeLeft = TIME_LEFT.matches(request);
        var session = request.getSession(false);
        var principal = session == null ? null : signedIn();
        if (session == null || principal == null) {
            answerOrGoOn(asksTimeLeft, null, request, response, chain);
            return;
        }
        var lastActivity = session.getAttribute(LAST_ACTIVITY) instanceof Instant instant
                ? instant : principal.signedInAt();
        var timeLeft = guard.timeLeft(principal, lastActivity);
        if (timeLeft.isEmpty()) {
            end(session);
            answerOrGoOn(asksTimeLeft, null, request, response, chain);
            return;
        }
        if (!asksTimeLeft && !isHeartbeat(request)) {
            session.setAttribute(LAST_ACTIVITY, clock.instant());
            if (session.getAttribute(SessionKeyFilter.HELD) instanceof SessionKeys.Held held) {
                session.setAttribute(SessionKeyFilter.HELD, keys.active(held));
            }
        }
        answerOrGoOn(asksTimeLeft, timeLeft.get(), request, response, chain);
    }

    private @Nullable AccountPrincipal signedIn() {
        var authentication = contexts.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? principal : null;
    }

    private void end(HttpSession session) {
        if (session.getAttribute(SessionKeyFilter.HELD) instanceof SessionKeys.Held held) {
            keys.end(held.id());
        }
        session.invalidate();
        contexts.clearContext();
    }

    /** The time left in whole seconds, or 401 without a session that may go on; any other request goes on. */
    private static void answerOrGoOn(boolean asksTimeLeft, SessionGuard.@Nullable TimeLeft timeLeft,
                                     HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!asksTimeLeft) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (timeLeft == null) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"idle\":" + timeLeft.idle().toSeconds()
                + ",\"lifetime\":" + timeLeft.lifetime().toSeconds() + "}");
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        var query = request.getQueryString();
        return query != null && Arrays.asList(query.split("&")).contains(HEARTBEAT);
    }
}
