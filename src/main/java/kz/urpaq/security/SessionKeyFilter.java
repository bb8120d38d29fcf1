package kz.urpaq.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;

/**
 * Gives a session whose sign-in is complete its key ({@link SessionKeys}) in a cookie, and takes a
 * session up again from that cookie when a request comes without one that is signed in — on another
 * instance after this one died, or on this one after a restart. Runs right after the security
 * context is loaded, so everything after it sees the session taken up; {@link SessionGuardFilter}
 * then checks it like any other. Also the sign-out's handler: the key goes with the session.
 *
 * <p>The cookie is a session cookie (gone when the browser closes, as the session's own is),
 * HttpOnly, SameSite=Lax, and Secure wherever the session cookie is.
 */
public final class SessionKeyFilter extends OncePerRequestFilter implements LogoutHandler {

    public static final String COOKIE = "URPAQ_SESSION_KEY";
    static final String HELD = SessionKeyFilter.class.getName() + ".HELD";

    private final SessionKeys keys;
    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean secureCookie;

    SessionKeyFilter(SessionKeys keys, SecurityContextHolderStrategy contexts, ApplicationEventPublisher events,
                     Clock clock, boolean secureCookie) {
        this.keys = keys;
        this.contexts = contexts;
        this.events = events;
        this.clock = clock;
        this.secureCookie = secureCookie;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            keepKey(principal, authentication, request, response);
        } else {
            var key = cookie(request);
            if (key != null) {
                resume(key, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void keepKey(AccountPrincipal principal, Authentication authentication, HttpServletRequest request,
                         HttpServletResponse response) {
        var session = request.getSession(false);
        if (session == null || session.getAttribute(HELD) != null) {
            return;
        }
        // A sign-in still waiting for its second factor gets no key.
        StepUp.lastAuthenticated(authentication).ifPresent(factorsAt -> {
            var issued = keys.issue(principal, factorsAt);
            session.setAttribute(HELD, new SessionKeys.Held(issued.id(), clock.instant()));
            setCookie(request, response, issued.key());
        });
    }

    private void resume(String key, HttpServletRequest request, HttpServletResponse response) {
        var resumed = keys.resume(key);
        if (resumed.isEmpty()) {
            setCookie(request, response, null);
            return;
        }
        var principal = resumed.get().principal();
        var existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId(); // whatever the anonymous session held, its id is not the signed-in one's
        }
        var session = request.getSession();
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                StepUp.authoritiesOf(principal, resumed.get().factorsAt())));
        contexts.setContext(context);
        contextRepository.saveContext(context, request, response);
        session.setAttribute(HELD, new SessionKeys.Held(resumed.get().id(), resumed.get().lastActivity()));
        session.setAttribute(SessionGuardFilter.LAST_ACTIVITY, resumed.get().lastActivity());
        events.publishEvent(new AccountSecurityEvent(AccountSecurityEvent.Kind.SESSION_RESUMED,
                principal.accountId(), principal.email(), request.getRemoteAddr()));
    }

    /** Sign-out: the key of the session opens nothing any more, and the browser forgets it. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response,
                       @Nullable Authentication authentication) {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(HELD) instanceof SessionKeys.Held held) {
            keys.end(held.id());
            session.removeAttribute(HELD);
        }
        setCookie(request, response, null);
    }

    private void setCookie(HttpServletRequest request, HttpServletResponse response, @Nullable String key) {
        var path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        var cookie = ResponseCookie.from(COOKIE, key == null ? "" : key)
                .path(path).httpOnly(true).secure(secureCookie).sameSite("Lax");
        if (key == null) {
            cookie.maxAge(0);
        }
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.build().toString());
    }

    private static @Nullable String cookie(HttpServletRequest request) {
        var cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(value -> !value.isEmpty())
                .findFirst().orElse(null);
    }
}
