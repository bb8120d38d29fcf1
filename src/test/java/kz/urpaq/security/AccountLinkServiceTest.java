package kz.urpaq.security;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditEntry;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
    MailLog mailLog;

    @Autowired
    kz.urpaq.testing.MutableClock clock;

    @Autowired
    UserAccountRepository accountRepository;

    @Autowired
    AuditService auditService;

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
        var account = accountService.register(ru, PASSWORD, "Анна Ким", Language.RU).orElseThrow();

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
    void a_known_and_an_unknown_address_are_answered_no_earlier_than_the_floor() {
        var stranger = "nobody-" + UUID.randomUUID() + "@example.kz";
        var floor = Duration.ofMillis(200);

        long started = System.nanoTime();
        links.requestPasswordReset(email);
        var known = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        links.requestPasswordReset(stranger);
        var unknown = Duration.ofNanos(System.nanoTime() - started);

        assertThat(known).isGreaterThanOrEqualTo(floor);
        assertThat(unknown).isGreaterThanOrEqualTo(floor);
        assertThat(mailLog.to(email)).as("the known address's link is written before the answer")
                .anySatisfy(mail -> assertThat(mail.subject()).contains("құпиясөзді қалпына келтіру"));
    }

    @Test
    void one_account_per_email_whatever_its_case_and_the_second_registration_stores_nothing() {
        var before = SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow();

        assertThat(accountService.register(" " + email.toUpperCase(), PASSWORD, "Екінші", Language.KK)).isEmpty();

        assertThat(SystemTask.run(() -> accountService.findByEmail(email))).contains(before);
        assertThat(passwordIs(PASSWORD)).isTrue();
    }

    @Test
    void a_reset_asked_for_a_known_or_an_unknown_address_reads_the_same_and_is_audited() {
        var stranger = "nobody-" + UUID.randomUUID() + "@example.kz";
        var address = "192.0.2." + ThreadLocalRandom.current().nextInt(1, 255);

        fromNetworkAddress(address, () -> {
            links.requestPasswordReset(email);
            links.requestPasswordReset(stranger);
        });

        assertThat(mailLog.to(email).getLast().body()).contains("/reset-password/");
        assertThat(mailLog.to(stranger)).isEmpty();
        var id = SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow().id();
        assertThat(audit(AuditAction.PASSWORD_RESET_REQUESTED, null))
                .filteredOn(entry -> String.valueOf(entry.details()).endsWith("from " + address))
                .extracting(AuditEntry::subjectId).containsExactlyInAnyOrder(id, null);
    }

    @Test
    void one_network_address_asks_for_only_so_many_resets_known_addresses_or_not() {
        fromNetworkAddress("192.0.2." + ThreadLocalRandom.current().nextInt(1, 255), () -> {
            for (int i = 0; i < 5; i++) {
                links.requestPasswordReset(i % 2 == 0 ? email : "nobody-" + UUID.randomUUID() + "@example.kz");
            }
            for (var address : new String[]{email, "nobody-" + UUID.randomUUID() + "@example.kz"}) {
                assertThatThrownBy(() -> links.requestPasswordReset(address))
                        .isInstanceOfSatisfying(InputRefusedException.class, e -> {
                            assertThat(e.refusal().field()).isEqualTo(AccountRules.FIELD_EMAIL);
                            assertThat(e.refusal().messageKey()).isEqualTo("account.error.too-many-attempts");
                        });
            }
        });
    }

    @Test
    void resetting_and_changing_a_password_are_audited_without_the_password() {
        links.requestPasswordReset(email);
        links.resetPassword(token(lastMail(), RESET_LINK), "жаңа-құпиясөз-2026");
        var id = SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow().id();

        assertThat(audit(null, id)).extracting(AuditEntry::action)
                .contains(AuditAction.PASSWORD_RESET_REQUESTED, AuditAction.PASSWORD_RESET);
        assertThat(audit(null, id)).allSatisfy(entry -> assertThat(entry.toString()).doesNotContain("жаңа-құпиясөз-2026"));
        assertThat(audit(AuditAction.PASSWORD_RESET, id)).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(email));
    }

    private List<AuditEntry> audit(@Nullable AuditAction action, @Nullable Long accountId) {
        return SystemTask.run(() -> auditService.search(new AuditFilter(action, "account", accountId, null, null, null),
                PageRequest.of(0, 1000)));
    }

    private static void fromNetworkAddress(String address, Runnable requests) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var previous = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(request));
        try {
            requests.run();
        } finally {
            RequestContextHolder.setRequestAttributes(previous);
        }
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
