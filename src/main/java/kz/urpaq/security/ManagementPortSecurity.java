package kz.urpaq.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The management port (health for the load balancer, metrics for Prometheus) answers without a
 * sign-in and keeps no session: it must be reachable only inside the installation (compose and
 * HAProxy never publish it). The public port answers 404 to every {@code /actuator} path, whatever
 * the visitor's roles, so no endpoint appears there by a change of configuration.
 */
@Configuration
class ManagementPortSecurity {

    static final String ACTUATOR_PATH = "/actuator";

    /**
     * Before the application's chain. Spring Boot registers the security filter on the management
     * server too; {@link EndpointRequest} matches only requests that server handles.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPortFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** On the public server only: the management server is a child context with filters of its own. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> actuatorNotOnThePublicPort() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                var path = request.getRequestURI().substring(request.getContextPath().length());
                if (path.equals(ACTUATOR_PATH) || path.startsWith(ACTUATOR_PATH + "/")) {
                    // Not sendError: its error dispatch would meet the sign-in redirect.
                    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                    response.setContentType("text/plain;charset=UTF-8");
                    response.getWriter().write("Not Found");
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
