package kz.urpaq.security;

import kz.urpaq.base.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

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
