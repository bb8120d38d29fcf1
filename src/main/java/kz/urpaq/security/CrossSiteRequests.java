package kz.urpaq.security;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Set;

/**
 * Keeps another site from acting in a visitor's name (docs/decisions/016-web-hardening.md).
 * Vaadin's configurer exempts the sign-in form from Spring's CSRF check; here only Vaadin's own
 * requests are exempt (they carry Vaadin's token), so a forged {@code POST /login} cannot sign a
 * visitor into the forger's account. On top, a state-changing request that the browser marks as
 * sent from another site is refused before any token is looked at.
 */
@Configuration
class CrossSiteRequests {

    private static final String LOGIN_PATH = "/login";

    @Bean
    Customizer<HttpSecurity> crossSiteRequestDefence(RequestUtil requestUtil) {
        return http -> {
            http.csrf(csrf -> csrf
                    .ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest)
                    .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                        @Override
                        public <O extends CsrfFilter> O postProcess(O filter) {
                            filter.setAccessDeniedHandler(staleSignInFormAgain());
                            return filter;
                        }
                    }));
            http.addFilterBefore(new CrossSiteFilter(), CsrfFilter.class);
        };
    }

    /**
     * A sign-in form whose token is no longer the session's (left open across a restart, or
     * forged) gets a fresh sign-in page, not an error: nobody is signed in either way.
     */
    private static AccessDeniedHandler staleSignInFormAgain() {
        var handlers = new LinkedHashMap<RequestMatcher, AccessDeniedHandler>();
        handlers.put(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH),
                (request, response, denied) -> response.sendRedirect(request.getContextPath() + LOGIN_PATH));
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }

    /**
     * Browsers send {@code Sec-Fetch-Site} with every request; {@code cross-site} and
     * {@code same-site} mean a page of another site (or of a sibling host) sent it. Clients that
     * send no such header are left to the CSRF token.
     */
    static final class CrossSiteFilter extends OncePerRequestFilter {

        private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
        private static final Set<String> FOREIGN_SITES = Set.of("cross-site", "same-site");

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var site = request.getHeader("Sec-Fetch-Site");
            if (site != null && FOREIGN_SITES.contains(site) && !SAFE_METHODS.contains(request.getMethod())) {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
