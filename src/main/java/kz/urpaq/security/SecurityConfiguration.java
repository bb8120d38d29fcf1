package kz.urpaq.security;

import com.vaadin.flow.spring.security.RequestUtil;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import kz.urpaq.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

@Configuration
@EnableWebSecurity
// Services are guarded with @PreAuthorize. The views' @RolesAllowed and @PermitAll are read by Vaadin's
// navigation access control only: with JSR-250 method security on as well, every view built for a
// navigation was wrapped in a proxy of its own: 3 % of the app's CPU on deadline day (docs/benchmarks.md §1).
@EnableMethodSecurity
class SecurityConfiguration {

    static final String PASSWORD_HASH_ID = "pbkdf2@SpringSecurity_v5_8";
    /** How long a sign-in waits for its turn at the password check before the page says "busy, try again": refused, it would join the back of the queue, so only a wait no one would sit through is cut short. */
    static final Duration PASSWORD_CHECK_PATIENCE = Duration.ofSeconds(30);
    /**
     * One holder of the security context for the whole JVM. Vaadin's default makes one per Spring
     * context and installs the newest as the global one; where a JVM holds several contexts (tests
     * on a real port beside mock ones), method security of the older contexts would then read a
     * holder nobody writes to, and refuse everyone.
     */
    private static final SecurityContextHolderStrategy SECURITY_CONTEXT_HOLDER =
            new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    static SecurityContextHolderStrategy securityContextHolderStrategy() {
        return SECURITY_CONTEXT_HOLDER;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle loginThrottle,
                                            QueuedPasswordEncoder passwordEncoder, SecondFactors secondFactors,
                                            RequestUtil requestUtil, Clock clock)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/images/**", "/styles/**", "/fonts/**", "/scripts/**").permitAll()
                // The code of a sign-in under way: nobody is signed in yet (SecondFactorController).
                .requestMatchers(HttpMethod.POST, SecondFactorController.VERIFY_PATH).permitAll()
                // Files of applications: who may download which is decided per file by the service.
                .requestMatchers(HttpMethod.GET, "/files/*", "/files/review/*").authenticated());
        // CSRF is set up by CrossSiteRequests, which keeps the check on the sign-in form.
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/").enableCsrfConfiguration(false));
        // After Vaadin's configurer, so the form login is set up in Vaadin's order (its login page
        // first); a failure handler set before the build is kept, not replaced by the default.
        var signInFailure = new SignInFailureHandler();
        http.formLogin(form -> form.failureHandler(signInFailure));
        http.addFilterBefore(new SignInThrottleFilter(loginThrottle, signInFailure, passwordEncoder),
                UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new SecondFactorFilter(SECURITY_CONTEXT_HOLDER, secondFactors, requestUtil, clock),
                AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Hashes new passwords with PBKDF2 and still reads every older {@code {id}} hash (bcrypt).
     * Not bcrypt: it refuses passwords over 72 bytes, and people may choose up to 128 characters
     * (docs/decisions/005-password-hashing.md).
     */
    @Bean
    QueuedPasswordEncoder passwordEncoder() {
        var delegating = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var encoders = new HashMap<String, PasswordEncoder>();
        encoders.put(PASSWORD_HASH_ID, new Pbkdf2Sha256PasswordEncoder()); // Spring's PBKDF2 hashes, half the work (038)
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        var encoder = new DelegatingPasswordEncoder(PASSWORD_HASH_ID, encoders);
        encoder.setDefaultPasswordEncoderForMatches(delegating);
        return new QueuedPasswordEncoder(encoder, Runtime.getRuntime().availableProcessors(), PASSWORD_CHECK_PATIENCE);
    }

    /** Sign-ins waiting for their password check: above zero only while many sign in at once. */
    @Bean
    MeterBinder passwordChecksWaiting(QueuedPasswordEncoder passwordEncoder) {
        return registry -> Gauge.builder("urpaq.sign_in.waiting", passwordEncoder, QueuedPasswordEncoder::waiting)
                .description("sign-ins waiting for their turn to have the password checked")
                .register(registry);
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
