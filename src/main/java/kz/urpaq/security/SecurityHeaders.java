package kz.urpaq.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import java.time.Duration;

/**
 * The headers on every response that passes Spring Security: the Vaadin bootstrap page, Vaadin's
 * own requests, static files and file downloads (docs/decisions/016-web-hardening.md).
 */
@Configuration
class SecurityHeaders {

    /**
     * As strict as Vaadin Flow allows. Its bootstrap page starts the client with an inline script,
     * and the client turns the expressions the server sends ({@code executeJs}, event data) into
     * functions: scripts need {@code 'unsafe-inline' 'unsafe-eval'}. Its components set inline
     * styles and draw icons from {@code data:} images and a {@code data:} font. Nothing is loaded
     * from another origin, no page may frame Urpaq, and forms post only to Urpaq.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    /**
     * Written before the request is handled, not when the response is committed: Spring's
     * dispatcher forwards Vaadin's pages to Vaadin's servlet, and the servlet container commits a
     * forwarded response behind Spring Security's back, so headers written late never leave.
     * HSTS only in {@code prod}, where a proxy serves HTTPS: a browser that once saw it on
     * {@code localhost} would refuse the plain-HTTP embedded default there for a year.
     */
    @Bean
    Customizer<HttpSecurity> headersOnEveryResponse(Environment environment) {
        var production = environment.matchesProfiles(ProductionGuard.PROFILE);
        return http -> http.headers(headers -> {
            headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY));
            headers.contentTypeOptions(Customizer.withDefaults());
            headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
            headers.frameOptions(frames -> frames.deny());
            if (production) {
                headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds())
                        .includeSubDomains(true));
            } else {
                headers.httpStrictTransportSecurity(hsts -> hsts.disable());
            }
        });
    }
}
