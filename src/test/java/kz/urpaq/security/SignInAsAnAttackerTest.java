package kz.urpaq.security;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditEntry;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.notification.MailLog;
import kz.urpaq.testing.MutableClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The sign-in form as an attacker uses it: the real filter chain, each request from a network
 * address of the test's choosing (docs/decisions/019-no-enumeration-and-throttling.md).
 */
@SpringBootTest
class SignInAsAnAttackerTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String FAILED = "/login?error";
    /** Addresses from 10.19.0.0/16, a fresh one per use, so that tests never share an allowance. */
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();

    @Autowired
    WebApplicationContext context;

    @Autowired
    AccountService accountService;

    @Autowired
    AuditService auditService;

    @Autowired
    MailLog mailLog;

    @Autowired
    AccountLinkService links;

    @Autowired
    MutableClock clock;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static String newAddress() {
        var n = NEXT_ADDRESS.incrementAndGet();
        return "10.19." + (n / 250) + "." + (n % 250 + 1);
    }

    private String account(Role role) {
        var email = "attacked-" + UUID.randomUUID() + "@example.kz";
        SystemTask.run(() -> accountService.create(email, PASSWORD, "Нұрлан Сейітов", EnumSet.of(role), Language.KK));
        return email;
    }

    /** Where the form sends the browser after the attempt: the same text follows the same address. */
    private String signIn(String email, String password, String from) throws Exception {
        var response = mvc.perform(post("/login").param("username", email).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return String.valueOf(response.getRedirectedUrl());
    }

    private List<AuditEntry> audit(AuditAction action, @Nullable Long accountId) {
        return SystemTask.run(() -> auditService.search(new AuditFilter(action, "account", accountId, null, null, null),
                PageRequest.of(0, 1000)));
    }

    private long idOf(String email) {
        return SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow().id();
    }

    @Test
    void fifty_wrong_passwords_from_one_address_do_not_stop_the_administrator_signing_in_from_another() throws Exception {
        var admin = account(Role.ADMIN);
        var attacker = newAddress();

        for (int i = 0; i < 50; i++) {
            assertThat(signIn(admin, "guess-" + i, attacker)).isEqualTo(FAILED);
        }

        assertThat(signIn(admin, PASSWORD, attacker)).as("the attacker is held back even with the password")
                .isEqualTo(FAILED);
        assertThat(signIn(admin, PASSWORD, newAddress())).as("the owner elsewhere").isNotEqualTo(FAILED);
    }

    @Test
    void a_slowed_sign_in_waits_seconds_not_minutes_after_the_first_failures() throws Exception {
        var email = account(Role.APPLICANT);
        var address = newAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(email, "guess-" + i, address)).isEqualTo(FAILED);
        }
        assertThat(signIn(email, PASSWORD, address)).isEqualTo(FAILED);

        clock.advance(Duration.ofSeconds(12));

        assertThat(signIn(email, PASSWORD, address)).isNotEqualTo(FAILED);
    }

    @Test
    void an_address_guessing_many_accounts_is_held_back_on_every_account_but_nobody_else_is() throws Exception {
        var email = account(Role.APPLICANT);
        var sprayer = newAddress();
        for (int i = 0; i < 20; i++) {
            assertThat(signIn("sprayed-" + i + "-" + UUID.randomUUID() + "@example.kz", "Password1", sprayer))
                    .isEqualTo(FAILED);
        }

        assertThat(signIn(email, PASSWORD, sprayer)).isEqualTo(FAILED);
        assertThat(signIn(email, PASSWORD, newAddress())).isNotEqualTo(FAILED);
    }

    @Test
    void an_unknown_address_a_wrong_password_a_disabled_and_a_slowed_account_get_the_same_answer() throws Exception {
        var wrongPassword = account(Role.APPLICANT);
        var disabled = account(Role.JURY);
        var disabledId = idOf(disabled);
        SystemTask.run(() -> accountService.changeAccess(disabledId, EnumSet.of(Role.JURY), false));
        var slowed = account(Role.APPLICANT);
        var address = newAddress();
        for (int i = 0; i < 5; i++) {
            signIn(slowed, "guess-" + i, address);
        }

        assertThat(List.of(
                signIn("nobody-" + UUID.randomUUID() + "@example.kz", PASSWORD, newAddress()),
                signIn(wrongPassword, "not-the-password", newAddress()),
                signIn(disabled, PASSWORD, newAddress()),
                signIn(slowed, PASSWORD, address)))
                .containsOnly(FAILED);
    }

    @Test
    void staff_are_told_by_mail_of_repeated_failures_once_an_hour_not_per_failure() throws Exception {
        var juror = account(Role.JURY);
        var applicant = account(Role.APPLICANT);
        for (var from : List.of(newAddress(), newAddress())) {
            for (int i = 0; i < 10; i++) {
                signIn(juror, "guess-" + i, from);
                signIn(applicant, "guess-" + i, from);
            }
        }
        assertThat(mailLog.to(juror)).singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("10.19.").doesNotContain("guess-"));
        assertThat(mailLog.to(applicant)).isEmpty();

        clock.advance(Duration.ofHours(1));
        var later = newAddress();
        for (int i = 0; i < 10; i++) {
            signIn(juror, "guess-" + i, later);
        }
        assertThat(mailLog.to(juror)).hasSize(2);
    }

    @Test
    void sign_ins_failures_and_slow_downs_are_audited_with_the_account_and_the_address_never_the_password()
            throws Exception {
        var email = account(Role.APPLICANT);
        var id = idOf(email);
        var address = newAddress();
        var stranger = "typo-" + UUID.randomUUID() + "@example.kz";

        signIn(email, "first-guess-1", address);
        signIn(stranger, PASSWORD, address);
        signIn(email, PASSWORD, address);
        for (int i = 0; i < 7; i++) {
            signIn(email, "later-guess-" + i, address);
        }

        assertThat(audit(AuditAction.SIGN_IN_FAILED, id)).hasSize(6)
                .allSatisfy(entry -> {
                    assertThat(entry.actor()).isEqualTo("anonymous");
                    assertThat(entry.details()).isEqualTo(email + " from " + address);
                });
        assertThat(audit(AuditAction.SIGNED_IN, id)).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo(email));
        assertThat(audit(AuditAction.SIGN_IN_SLOWED, id)).as("once, however many are held back").singleElement()
                .satisfies(entry -> assertThat(entry.details()).isEqualTo(email + " from " + address));
        assertThat(audit(AuditAction.SIGN_IN_FAILED, null))
                .filteredOn(entry -> entry.subjectId() == null && String.valueOf(entry.details()).endsWith(address))
                .singleElement().satisfies(entry -> assertThat(entry.details()).isEqualTo("from " + address));
        assertThat(SystemTask.run(() -> auditService.search(AuditFilter.none(), PageRequest.of(0, 1000))))
                .allSatisfy(entry -> assertThat(entry.toString()).doesNotContain("guess-", PASSWORD, stranger));
    }

    @Test
    void an_owner_held_back_by_their_own_typos_signs_in_at_once_after_a_reset_from_the_same_place() throws Exception {
        var email = account(Role.APPLICANT);
        var address = newAddress();
        for (int i = 0; i < 6; i++) {
            signIn(email, "typo-" + i, address);
        }
        assertThat(signIn(email, PASSWORD, address)).isEqualTo(FAILED);

        fromNetworkAddress(address, () -> {
            links.requestPasswordReset(email);
            var matcher = Pattern.compile("/reset-password/([A-Za-z0-9_-]{43})").matcher(mailLog.to(email).getLast().body());
            assertThat(matcher.find()).isTrue();
            links.resetPassword(matcher.group(1), "жаңа-құпиясөз-2026");
        });

        assertThat(signIn(email, "жаңа-құпиясөз-2026", address)).isNotEqualTo(FAILED);
    }

    private static void fromNetworkAddress(String address, Runnable requests) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var previous = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            requests.run();
        } finally {
            RequestContextHolder.setRequestAttributes(previous);
        }
    }
}
