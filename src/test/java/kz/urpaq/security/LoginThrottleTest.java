package kz.urpaq.security;

import kz.urpaq.base.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.MutableClockConfiguration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sign-in through the same provider, password encoder and events the login form uses. */
@SpringBootTest
class LoginThrottleTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    AccountDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuthenticationEventPublisher eventPublisher;

    @Autowired
    AccountService accountService;

    @Autowired
    MutableClock clock;

    private ProviderManager authentication;
    private String email;

    @BeforeEach
    void setUp() {
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        authentication = new ProviderManager(provider);
        authentication.setAuthenticationEventPublisher(eventPublisher);
        email = "throttle-" + UUID.randomUUID() + "@example.kz";
        SystemTask.run(() -> accountService.create(email, PASSWORD, "Test Applicant", EnumSet.of(Role.APPLICANT),
                Language.KK));
    }

    private void signIn(String password) {
        authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_password() {
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            assertThatThrownBy(() -> signIn("wrong-password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void the_lock_ends_after_fifteen_minutes() {
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            assertThatThrownBy(() -> signIn("wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(UserAccount.LOCK_DURATION.minusSeconds(1));
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofSeconds(1));
        signIn(PASSWORD);
    }

    @Test
    void four_failures_do_not_lock_and_a_success_starts_the_count_again() {
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS - 1; i++) {
            assertThatThrownBy(() -> signIn("wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        signIn(PASSWORD);
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS - 1; i++) {
            assertThatThrownBy(() -> signIn("wrong-password")).isInstanceOf(BadCredentialsException.class);
        }

        signIn(PASSWORD);
    }

    @Test
    void failures_spread_over_more_than_fifteen_minutes_do_not_lock() {
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS - 1; i++) {
            assertThatThrownBy(() -> signIn("wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(UserAccount.FAILURE_WINDOW);
        assertThatThrownBy(() -> signIn("wrong-password")).isInstanceOf(BadCredentialsException.class);

        signIn(PASSWORD);
    }

    @Test
    void a_language_chosen_on_the_sign_in_page_becomes_the_account_language() {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setCookies(new jakarta.servlet.http.Cookie(AccountLanguagePreferences.COOKIE, "ru"));
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            signIn(PASSWORD);
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }

        var account = SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow();
        assertThat(account.language()).isEqualTo(Language.RU);
    }

    @Test
    void a_wrong_email_locks_nothing_and_says_the_same_as_a_wrong_password() {
        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("nobody-" + email, PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        signIn(PASSWORD);
    }

}
