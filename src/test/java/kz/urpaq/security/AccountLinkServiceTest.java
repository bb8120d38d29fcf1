package kz.urpaq.security;

import kz.urpaq.base.i18n.Language;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registration, address confirmation and password reset, through the services a visitor uses. */
@SpringBootTest
@WithAnonymousUser
class AccountLinkServiceTest {

    private static final String PASSWORD = "Ұрпақ-жоба-2026";
    private static final Pattern CONFIRM_LINK = Pattern.compile("/confirm-email/([A-Za-z0-9_-]{43})");
    private static final Pattern RESET_LINK = Pattern.compile("/reset-password/([A-Za-z0-9_-]{43})");

    @Autowired
    AccountService accountService;

    @Autowired
    AccountLinkService links;

    @Autowired
    AccountTokenRepository tokens;

    @Autowired
    AccountDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuthenticationEventPublisher eventPublisher;

    @Autowired
    MailLog mailLog;

    @Autowired
    kz.urpaq.testing.MutableClock clock;

    @Autowired
    UserAccountRepository accountRepository;

    private String email;

    @BeforeEach
    void register() {
        email = "links-" + UUID.randomUUID() + "@example.kz";
        accountService.register(email, PASSWORD, "Әлия Серікқызы", Language.KK);
    }

    private Mail lastMail() {
        return mailLog.to(email).getLast();
    }

    private static String token(Mail mail, Pattern link) {
        var matcher = link.matcher(mail.body());
        assertThat(matcher.find()).as("a link in %s", mail.body()).isTrue();
        return matcher.group(1);
    }

    private boolean passwordIs(String password) {
        return passwordEncoder.matches(password, userDetailsService.loadUserByUsername(email).getPassword());
    }

    private boolean isConfirmed() {
        var id = SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow().id();
        return accountRepository.findById(id).orElseThrow().isEmailConfirmed();
    }

    @Test
    void registration_makes_an_unconfirmed_applicant_and_mails_a_link_in_the_chosen_language() {
        var ru = "links-ru-" + UUID.randomUUID() + "@example.kz";
        var account = accountService.register(ru, PASSWORD, "Анна Ким", Language.RU);

        assertThat(account.roles()).containsExactly(Role.APPLICANT);
        assertThat(accountRepository.findById(account.id()).orElseThrow().isEmailConfirmed()).isFalse();
        assertThat(mailLog.to(ru)).hasSize(1);
        assertThat(mailLog.to(ru).getFirst().subject()).contains("подтвердите");
        assertThat(mailLog.to(ru).getFirst().body()).startsWith("Здравствуйте, Анна Ким!");
        assertThat(lastMail().subject()).contains("растаңыз");
    }

    @Test
    void the_confirmation_link_confirms_the_address_and_works_only_once() {
        var token = token(lastMail(), CONFIRM_LINK);
        assertThat(isConfirmed()).isFalse();

        assertThat(links.confirmEmail(token)).isTrue();
        assertThat(isConfirmed()).isTrue();
        assertThat(links.confirmEmail(token)).isFalse();
    }

    @Test
    void a_confirmation_link_that_is_not_ours_is_refused() {
        assertThat(links.confirmEmail("x".repeat(43))).isFalse();
        assertThat(links.confirmEmail("../../etc/passwd")).isFalse();
        assertThat(links.confirmEmail("")).isFalse();
    }

    @Test
    void only_a_hash_of_each_token_is_stored() {
        var token = token(lastMail(), CONFIRM_LINK);

        assertThat(tokens.findByTokenHash(token)).isEmpty();
        assertThat(tokens.findByTokenHash(AccountTokens.hash(token))).isPresent();
        assertThat(AccountTokens.hash(token)).hasSize(64).isNotEqualTo(token);
    }

    @Test
    void a_reset_link_sets_a_new_password_once() {
        links.requestPasswordReset(email.toUpperCase());
        var token = token(lastMail(), RESET_LINK);
        assertThat(lastMail().subject()).contains("құпиясөзді қалпына келтіру");

        assertThat(links.isPasswordResetLinkValid(token)).isTrue();
        links.resetPassword(token, "жаңа-құпиясөз-2026");

        assertThat(passwordIs("жаңа-құпиясөз-2026")).isTrue();
        assertThat(passwordIs(PASSWORD)).isFalse();
        assertThat(isConfirmed()).as("the reset link proves the address too").isTrue();
        assertThat(links.isPasswordResetLinkValid(token)).isFalse();
        assertThatThrownBy(() -> links.resetPassword(token, "тағы-бір-құпиясөз"))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.refusal().field()).isEqualTo(AccountLinkService.FIELD_LINK));
        assertThat(passwordIs("жаңа-құпиясөз-2026")).isTrue();
    }

    @Test
    void a_reset_link_expires_after_one_hour() {
        links.requestPasswordReset(email);
        var token = token(lastMail(), RESET_LINK);

        clock.advance(AccountLinkService.RESET_VALIDITY.minusSeconds(1));
        assertThat(links.isPasswordResetLinkValid(token)).isTrue();
        clock.advance(Duration.ofSeconds(1));

        assertThat(links.isPasswordResetLinkValid(token)).isFalse();
        assertThatThrownBy(() -> links.resetPassword(token, "жаңа-құпиясөз-2026"))
                .isInstanceOf(InputRefusedException.class);
        assertThat(passwordIs(PASSWORD)).isTrue();
    }

    @Test
    void a_wrong_reset_token_is_refused() {
        links.requestPasswordReset(email);
        var token = token(lastMail(), RESET_LINK);
        var wrong = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        assertThat(links.isPasswordResetLinkValid(wrong)).isFalse();
        assertThatThrownBy(() -> links.resetPassword(wrong, "жаңа-құпиясөз-2026"))
                .isInstanceOf(InputRefusedException.class);
    }

    @Test
    void a_confirmation_link_does_not_reset_a_password() {
        var confirmation = token(mailLog.to(email).getFirst(), CONFIRM_LINK);

        assertThat(links.isPasswordResetLinkValid(confirmation)).isFalse();
    }

    @Test
    void a_weak_new_password_is_refused_and_the_link_stays_usable() {
        links.requestPasswordReset(email);
        var token = token(lastMail(), RESET_LINK);

        assertThatThrownBy(() -> links.resetPassword(token, "password1"))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.refusal().messageKey()).isEqualTo("password.error.too-common"));
        assertThat(links.isPasswordResetLinkValid(token)).isTrue();
    }

    @Test
    void a_new_reset_link_voids_the_older_one() {
        links.requestPasswordReset(email);
        var first = token(lastMail(), RESET_LINK);
        clock.advance(AccountLinkService.RESEND_PAUSE);
        links.requestPasswordReset(email);
        var second = token(lastMail(), RESET_LINK);

        assertThat(links.isPasswordResetLinkValid(first)).isFalse();
        assertThat(links.isPasswordResetLinkValid(second)).isTrue();
    }

    @Test
    void an_unknown_address_gets_no_mail_and_the_answer_is_the_same() {
        var stranger = "nobody-" + UUID.randomUUID() + "@example.kz";

        links.requestPasswordReset(stranger);

        assertThat(mailLog.to(stranger)).isEmpty();
    }

    @Test
    void resetting_the_password_lifts_a_sign_in_lock() {
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        var authentication = new ProviderManager(provider);
        authentication.setAuthenticationEventPublisher(eventPublisher);
        for (int i = 0; i < UserAccount.MAX_FAILED_LOGINS; i++) {
            assertThatThrownBy(() -> authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong-password")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)))
                .isInstanceOf(LockedException.class);

        links.requestPasswordReset(email);
        links.resetPassword(token(lastMail(), RESET_LINK), "жаңа-құпиясөз-2026");

        assertThat(authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, "жаңа-құпиясөз-2026")).isAuthenticated())
                .isTrue();
    }

    @Test
    void one_account_per_email_whatever_its_case() {
        assertThatThrownBy(() -> accountService.register(" " + email.toUpperCase(), PASSWORD, "Екінші", Language.KK))
                .isInstanceOfSatisfying(InputRefusedException.class, e -> {
                    assertThat(e.refusal().field()).isEqualTo(AccountRules.FIELD_EMAIL);
                    assertThat(e.refusal().messageKey()).isEqualTo("account.error.email-taken");
                });
    }

    @Test
    void common_short_and_long_passwords_are_refused_at_registration() {
        var other = "weak-" + UUID.randomUUID() + "@example.kz";
        for (var weak : new String[]{"Password", "password1", "1234567", "a".repeat(129)}) {
            assertThatThrownBy(() -> accountService.register(other, weak, "Әлия", Language.KK))
                    .as(weak).isInstanceOfSatisfying(InputRefusedException.class,
                            e -> assertThat(e.refusal().field()).isEqualTo(AccountRules.FIELD_PASSWORD));
        }
        assertThat(SystemTask.run(() -> accountService.findByEmail(other))).isEmpty();
    }
}
