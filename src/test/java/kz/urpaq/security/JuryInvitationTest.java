package kz.urpaq.security;

import kz.urpaq.base.i18n.Language;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailLog;
import kz.urpaq.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An administrator invites a juror by e-mail; the juror chooses a password through the link. */
@SpringBootTest
@WithAnonymousUser
class JuryInvitationTest {

    private static final Pattern INVITATION_LINK = Pattern.compile("/accept-invitation/([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "Қазы-құпиясөзі-2026";

    @Autowired
    AccountService accountService;

    @Autowired
    AccountLinkService links;

    @Autowired
    AccountDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    UserAccountRepository accountRepository;

    @Autowired
    MailLog mailLog;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    kz.urpaq.testing.TestAccounts testAccounts;

    private ProviderManager authentication;
    private String email;

    @BeforeEach
    void setUp() {
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        authentication = new ProviderManager(provider);
        email = "invited-" + UUID.randomUUID() + "@example.kz";
    }

    private AccountSummary invite(Language language) {
        return SystemTask.run(() -> accountService.inviteJuror(" " + email.toUpperCase() + " ", "Ерлан Қасымов",
                language));
    }

    private Mail lastMail() {
        return mailLog.to(email).getLast();
    }

    private String token() {
        var matcher = INVITATION_LINK.matcher(lastMail().body());
        assertThat(matcher.find()).as("an invitation link in %s", lastMail().body()).isTrue();
        return matcher.group(1);
    }

    private boolean canSignIn(String password) {
        try {
            return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                    .isAuthenticated();
        } catch (BadCredentialsException refused) {
            return false;
        }
    }

    private boolean isConfirmed(long id) {
        return accountRepository.findById(id).orElseThrow().isEmailConfirmed();
    }

    @Test
    void an_invitation_creates_a_jury_account_that_cannot_sign_in_until_the_link_is_used() {
        var account = invite(Language.KK);
        var token = token();

        assertThat(account.email()).isEqualTo(email);
        assertThat(account.roles()).containsExactly(Role.JURY);
        assertThat(account.enabled()).isTrue();
        assertThat(isConfirmed(account.id())).isFalse();
        assertThat(lastMail().subject()).isEqualTo("Urpaq: қазылар алқасына шақыру");
        assertThat(lastMail().body()).startsWith("Сәлеметсіз бе, Ерлан Қасымов!").contains("7 күн");
        assertThat(canSignIn("")).isFalse();
        assertThat(canSignIn(token)).isFalse();
        assertThat(canSignIn(PASSWORD)).isFalse();

        links.acceptInvitation(token, PASSWORD);

        assertThat(canSignIn(PASSWORD)).isTrue();
    }

    @Test
    void the_invitation_is_written_in_the_language_the_administrator_chose() {
        invite(Language.RU);

        assertThat(lastMail().subject()).isEqualTo("Urpaq: приглашение в жюри");
        assertThat(lastMail().body()).startsWith("Здравствуйте, Ерлан Қасымов!");
    }

    @Test
    void the_link_sets_a_password_once_and_confirms_the_email() {
        var account = invite(Language.KK);
        var token = token();
        assertThat(links.isInvitationValid(token)).isTrue();

        links.acceptInvitation(token, PASSWORD);

        assertThat(isConfirmed(account.id())).isTrue();
        assertThat(links.isInvitationValid(token)).isFalse();
        assertThatThrownBy(() -> links.acceptInvitation(token, "басқа-құпиясөз-2026"))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.refusal().field()).isEqualTo(AccountLinkService.FIELD_LINK));
        assertThat(canSignIn(PASSWORD)).isTrue();
        assertThat(canSignIn("басқа-құпиясөз-2026")).isFalse();
    }

    @Test
    void an_expired_invitation_link_is_refused() {
        invite(Language.KK);
        var token = token();

        clock.advance(AccountLinkService.INVITATION_VALIDITY.plus(Duration.ofSeconds(1)));

        assertThat(links.isInvitationValid(token)).isFalse();
        assertThatThrownBy(() -> links.acceptInvitation(token, PASSWORD))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.refusal().field()).isEqualTo(AccountLinkService.FIELD_LINK));
        assertThat(canSignIn(PASSWORD)).isFalse();
    }

    @Test
    void an_invitation_link_is_usable_until_its_seventh_day_ends() {
        invite(Language.KK);
        var token = token();

        clock.advance(AccountLinkService.INVITATION_VALIDITY.minusSeconds(1));

        assertThat(links.isInvitationValid(token)).isTrue();
    }

    @Test
    void a_wrong_invitation_token_is_refused() {
        invite(Language.KK);
        var token = token();
        var wrong = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        assertThat(links.isInvitationValid(wrong)).isFalse();
        assertThat(links.isInvitationValid("")).isFalse();
        assertThatThrownBy(() -> links.acceptInvitation(wrong, PASSWORD)).isInstanceOf(InputRefusedException.class);
        assertThat(canSignIn(PASSWORD)).isFalse();
    }

    @Test
    void a_confirmation_link_does_not_accept_an_invitation() {
        var registered = "registered-" + UUID.randomUUID() + "@example.kz";
        accountService.register(registered, PASSWORD, "Әлия Серікқызы", Language.KK);
        var matcher = Pattern.compile("/confirm-email/([A-Za-z0-9_-]{43})").matcher(mailLog.to(registered).getLast().body());
        assertThat(matcher.find()).isTrue();

        assertThat(links.isInvitationValid(matcher.group(1))).isFalse();
    }

    @Test
    void a_weak_password_is_refused_at_acceptance_and_the_link_stays_usable() {
        invite(Language.KK);
        var token = token();

        for (var weak : new String[]{"password1", "1234567", "a".repeat(129)}) {
            assertThatThrownBy(() -> links.acceptInvitation(token, weak))
                    .as(weak).isInstanceOfSatisfying(InputRefusedException.class,
                            e -> assertThat(e.refusal().field()).isEqualTo(AccountRules.FIELD_PASSWORD));
        }

        assertThat(links.isInvitationValid(token)).isTrue();
        assertThat(canSignIn("password1")).isFalse();
    }

    @Test
    void inviting_an_email_that_has_an_account_is_refused_and_points_to_giving_the_role() {
        var applicant = "applicant-" + UUID.randomUUID() + "@example.kz";
        SystemTask.run(() -> accountService.create(applicant, PASSWORD, "Әлия", EnumSet.of(Role.APPLICANT),
                Language.KK));
        invite(Language.KK);
        var mailsBefore = mailLog.to(email).size();

        assertThatThrownBy(() -> SystemTask.run(() -> accountService.inviteJuror(applicant.toUpperCase(), "Әлия",
                Language.KK))).isInstanceOfSatisfying(InputRefusedException.class, e -> {
                    assertThat(e.refusal().field()).isEqualTo(AccountRules.FIELD_EMAIL);
                    assertThat(e.refusal().messageKey()).isEqualTo("users.invite.error.has-account");
                });
        assertThatThrownBy(() -> invite(Language.KK)).isInstanceOfSatisfying(InputRefusedException.class,
                e -> assertThat(e.refusal().messageKey()).isEqualTo("users.invite.error.has-jury"));
        assertThat(SystemTask.run(() -> accountService.findByEmail(applicant)).orElseThrow().roles())
                .containsExactly(Role.APPLICANT);
        assertThat(mailLog.to(applicant)).isEmpty();
        assertThat(mailLog.to(email)).hasSize(mailsBefore);
    }

    @Test
    void an_invitation_with_a_malformed_email_or_name_is_refused() {
        assertThatThrownBy(() -> SystemTask.run(() -> accountService.inviteJuror("not-an-email", "Ерлан",
                Language.KK))).isInstanceOfSatisfying(InputRefusedException.class,
                e -> assertThat(e.refusal().field()).isEqualTo(AccountRules.FIELD_EMAIL));
        assertThatThrownBy(() -> SystemTask.run(() -> accountService.inviteJuror(email, " ", Language.KK)))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.refusal().field()).isEqualTo(AccountRules.FIELD_FULL_NAME));
        assertThat(SystemTask.run(() -> accountService.findByEmail(email))).isEmpty();
    }

    @Test
    void another_organisers_administrator_invited_as_a_juror_keeps_their_account_and_becomes_a_juror_here_too() {
        var national = SystemTask.run(() -> context.getBean(kz.urpaq.organiser.OrganiserService.class).all()).stream()
                .filter(o -> o.code().equals("national")).findFirst().orElseThrow();
        var nationalAdmin = "national-" + java.util.UUID.randomUUID() + "@example.kz";
        var id = SystemTask.run(() -> accountService.create(national.id(), nationalAdmin, "password-" + java.util.UUID.randomUUID(),
                "Әлия Мұратова", java.util.EnumSet.of(Role.ADMIN), Language.KK)).id();
        testAccounts.signInAs("admin@urpaq.local");

        var invited = accountService.inviteJuror(nationalAdmin, "Әлия Мұратова", Language.KK);

        assertThat(invited.id()).isEqualTo(id);
        assertThat(invited.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.JURY);
        assertThat(accountService.members(SystemTask.run(() -> context.getBean(kz.urpaq.organiser.OrganiserService.class)
                .defaultOrganiserId()), Role.JURY)).extracting(AccountSummary::id).contains(id);
        assertThat(mailLog.to(nationalAdmin)).as("their password stays theirs: no invitation link").isEmpty();
        assertThatThrownBy(() -> accountService.inviteJuror(nationalAdmin, "Әлия Мұратова", Language.KK))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.refusal().messageKey()).isEqualTo("users.invite.error.has-jury"));
        testAccounts.signOut();
    }
}
