package kz.urpaq.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.time.Clock;

/**
 * Sessions that end (docs/decisions/017-sessions-that-end.md) and outlive their instance
 * (docs/decisions/031-warm-start-and-re-entry.md). Spring Security applies a
 * {@code Customizer<HttpSecurity>} bean to the chain that {@link SecurityConfiguration} builds.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionLimits.class)
class SessionConfiguration {

    /**
     * The guard runs once the session's security context is known and before anything decides on
     * access. A file download without a session that may go on answers 401 instead of a redirect to
     * the sign-in page: it is not a page, and the answer must not look like the file.
     */
    @Bean
    Customizer<HttpSecurity> sessionsThatEnd(SessionGuard guard, SessionKeys keys, SecurityContextHolderStrategy contexts,
                                             ApplicationEventPublisher events, Clock clock,
                                             @Value("${server.servlet.session.cookie.secure:false}") boolean secureCookies) {
        var sessionKeys = new SessionKeyFilter(keys, contexts, events, clock, secureCookies);
        return http -> {
            http.addFilterAfter(sessionKeys, SecurityContextHolderFilter.class);
            http.logout(logout -> logout.addLogoutHandler(sessionKeys));
            http.addFilterBefore(new SessionGuardFilter(guard, keys, contexts, clock), AnonymousAuthenticationFilter.class);
            http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                    new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), PathPatternRequestMatcher.pathPattern("/files/**")));
        };
    }
}
