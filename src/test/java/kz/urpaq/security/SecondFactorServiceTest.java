package kz.urpaq.security;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditEntry;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.certificate.CertificateService;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.ResultsService;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.SecondFactorCodes;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Second factors and step-up (domain.md §12), tried as an attacker would try them: wrong codes,
 * replayed codes, a recovery code used twice, a million guesses, a stale session doing something
 * sensitive, a planted secret.
 */
@SpringBootTest
class SecondFactorServiceTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    SecondFactorService service;

    @Autowired
    SecondFactors factors;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditService audit;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    SecondFactorCodes codes;

    @Autowired
    UserAccountRepository accountRepository;

    @Autowired
    MutableClock clock;

    @Autowired
    ResultsService results;

    @Autowired
    CompetitionSetupService setup;

    @Autowired
    CertificateService certificates;

    @AfterEach
    void signOut() {
        testAccounts.signOut();
    }

    @Test
    void an_applicant_turns_the_second_factor_on_with_a_code_of_the_new_secret() {
        var email = testAccounts.newAccount(Role.APPLICANT, true);
        testAccounts.signInAs(email);
        assertThat(service.myStatus().enrolled()).isFalse();
        assertThat(service.myStatus().required()).isFalse();

        var factor = service.newFactor();
        assertThat(factor.keyUri()).startsWith("otpauth://totp/Urpaq:").contains("secret=" + factor.secret());
        refusedAsWrongCode(() -> service.enrol(factor.secret(), "000000"));
        assertThat(service.myStatus().enrolled()).isFalse();

        var recoveryCodes = service.enrol(factor.secret(), Totp.code(factor.secret(), Totp.step(clock.instant())));
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}"));
        assertThat(service.myStatus().enrolled()).isTrue();
        assertThat(service.myStatus().recoveryCodesLeft()).isEqualTo(10);
        assertThat(records(AuditAction.SECOND_FACTOR_ENROLLED, id(email))).hasSize(1);
        // from now on a password alone does not sign this applicant in
        var reloaded = (AccountPrincipal) testAccounts.principal(email);
        assertThat(reloaded.needsSecondFactor()).isTrue();
        // and nobody sets up a second one over it
        assertThatThrownBy(() -> service.enrol(factor.secret(), "000000")).isInstanceOfSatisfying(
                InputRefusedException.class, e -> assertThat(e.refusal().messageKey())
                        .isEqualTo("second-factor.error.already-on"));
    }

    @Test
    void a_code_is_taken_once_and_a_recovery_code_once() {
        var email = staff(Role.JURY);
        var accountId = id(email);
        var code = codes.codeFor(email, SECRET);

        factors.confirmCode(accountId, code);
        refusedAsWrongCode(() -> factors.confirmCode(accountId, code));

        testAccounts.signInAs(email);
        var recovery = service.renewRecoveryCodes().getFirst();
        factors.confirmCode(accountId, recovery.toLowerCase(java.util.Locale.ROOT).replace("-", " "));
        refusedAsWrongCode(() -> factors.confirmCode(accountId, recovery));
        assertThat(service.myStatus().recoveryCodesLeft()).isEqualTo(9);
        assertThat(records(AuditAction.RECOVERY_CODE_USED, accountId)).hasSize(1);
        assertThat(records(AuditAction.SECOND_FACTOR_FAILED, accountId)).hasSize(2);
    }

    @Test
    void wrong_codes_are_slowed_so_a_million_cannot_be_tried_and_the_owner_gets_in_later() {
        var email = staff(Role.ADMIN);
        var accountId = id(email);
        for (var attempt = 0; attempt < 5; attempt++) {
            refusedAsWrongCode(() -> factors.confirmCode(accountId, "123456"));
        }
        var right = codes.codeFor(email, SECRET);
        assertThatThrownBy(() -> factors.confirmCode(accountId, right)).isInstanceOfSatisfying(
                InputRefusedException.class, e -> {
                    assertThat(e.refusal().messageKey()).isEqualTo("second-factor.error.too-many");
                    assertThat(e.refusal().args()).containsExactly(1L);
                });
        clock.advance(Duration.ofMinutes(1));
        factors.confirmCode(accountId, codes.codeFor(email, SECRET));
    }

    @Test
    void administrators_and_jurors_cannot_turn_their_factor_off_applicants_can_after_step_up() {
        var juror = staff(Role.JURY);
        testAccounts.signInAs(juror);
        assertThat(service.myStatus().required()).isTrue();
        assertThatThrownBy(service::turnOff).isInstanceOfSatisfying(InputRefusedException.class,
                e -> assertThat(e.refusal().messageKey()).isEqualTo("second-factor.error.required"));

        var applicant = testAccounts.newAccount(Role.APPLICANT, true);
        SystemTask.run(() -> service.enrolKnownSecret(id(applicant), SECRET));
        testAccounts.signInAs(applicant);
        clock.advance(StepUp.FRESHNESS.plusSeconds(1));
        assertThatThrownBy(service::turnOff).isInstanceOf(StepUpRequiredException.class);

        assertThatThrownBy(() -> service.confirmStepUp("not-the-password", codes.codeFor(applicant, SECRET)))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.refusal().field()).isEqualTo(AccountRules.FIELD_PASSWORD));
        assertThat(records(AuditAction.STEP_UP_FAILED, id(applicant))).hasSize(1);
        refusedAsWrongCode(() -> service.confirmStepUp(testAccounts.passwordOf(applicant), "000000"));

        service.confirmStepUp(testAccounts.passwordOf(applicant), codes.codeFor(applicant, SECRET));
        service.turnOff();
        assertThat(service.myStatus().enrolled()).isFalse();
        assertThat(records(AuditAction.SECOND_FACTOR_TURNED_OFF, id(applicant))).hasSize(1);
    }

    @Test
    void an_administrator_resets_a_lost_factor_after_step_up_and_the_accounts_sessions_end() {
        var juror = staff(Role.JURY);
        var jurorId = id(juror);
        var stampBefore = accountRepository.findById(jurorId).orElseThrow().getSessionStamp();
        var admin = staff(Role.ADMIN);
        testAccounts.signInAs(admin);
        clock.advance(StepUp.FRESHNESS.plusSeconds(1));
        assertThatThrownBy(() -> service.reset(jurorId)).isInstanceOf(StepUpRequiredException.class);
        assertThat(factors.isEnrolled(jurorId)).isTrue();

        service.confirmStepUp(testAccounts.passwordOf(admin), codes.codeFor(admin, SECRET));
        service.reset(jurorId);
        assertThat(factors.isEnrolled(jurorId)).isFalse();
        assertThat(accountRepository.findById(jurorId).orElseThrow().getSessionStamp()).isGreaterThan(stampBefore);
        var reset = records(AuditAction.SECOND_FACTOR_RESET, jurorId);
        assertThat(reset).singleElement().satisfies(entry -> assertThat(entry.actor()).isEqualTo(admin));
        assertThat(records(AuditAction.SESSIONS_ENDED, jurorId)).singleElement()
                .satisfies(entry -> assertThat(entry.details()).endsWith("SECOND_FACTOR_RESET"));

        testAccounts.signInAs(juror);
        assertThatThrownBy(() -> service.reset(id(admin))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_but_start_up_work_plants_a_known_secret() {
        var admin = staff(Role.ADMIN);
        var victim = testAccounts.newAccount(Role.JURY, true);
        testAccounts.signInAs(admin);
        assertThatThrownBy(() -> service.enrolKnownSecret(id(victim), SECRET)).isInstanceOf(AccessDeniedException.class);
        assertThat(factors.isEnrolled(id(victim))).isFalse();
    }

    @Test
    void finalise_announce_access_changes_and_revocations_ask_for_a_recent_sign_in() {
        var admin = staff(Role.ADMIN);
        var juror = testAccounts.newAccount(Role.JURY, true);
        testAccounts.signInAs(admin);
        clock.advance(StepUp.FRESHNESS.plusSeconds(1));
        List<Runnable> sensitive = List.of(
                () -> results.finalise(Long.MAX_VALUE),
                () -> setup.moveTo(Long.MAX_VALUE, Phase.ANNOUNCED),
                () -> accounts.changeAccess(id(juror), EnumSet.of(Role.JURY), false),
                () -> certificates.revoke(Long.MAX_VALUE, "ошибка"));
        for (var action : sensitive) {
            assertThatThrownBy(action::run).isInstanceOfSatisfying(StepUpRequiredException.class,
                    e -> assertThat(e.messageKey()).isEqualTo(StepUpRequiredException.MESSAGE));
        }
        assertThat(accountRepository.findById(id(juror)).orElseThrow().isEnabled()).isTrue();

        service.confirmStepUp(testAccounts.passwordOf(admin), codes.codeFor(admin, SECRET));
        accounts.changeAccess(id(juror), EnumSet.of(Role.JURY), false);
        assertThat(accountRepository.findById(id(juror)).orElseThrow().isEnabled()).isFalse();
        // other phases than the announcement do not ask
        clock.advance(StepUp.FRESHNESS.plusSeconds(1));
        assertThatThrownBy(() -> setup.moveTo(Long.MAX_VALUE, Phase.OPEN)).isNotInstanceOf(StepUpRequiredException.class);
    }

    /** A staff account with the known secret set up, as the demo's are. */
    private String staff(Role role) {
        var email = testAccounts.newAccount(role, true);
        SystemTask.run(() -> service.enrolKnownSecret(id(email), SECRET));
        return email;
    }

    private long id(String email) {
        return SystemTask.run(() -> accounts.findByEmail(email)).orElseThrow().id();
    }

    private List<AuditEntry> records(AuditAction action, long accountId) {
        return SystemTask.run(() -> audit.search(new AuditFilter(action, "account", accountId, null, null, null),
                PageRequest.of(0, 20)));
    }

    private static void refusedAsWrongCode(Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InputRefusedException.class, e -> {
            assertThat(e.refusal().field()).isEqualTo("code");
            assertThat(e.refusal().messageKey()).isEqualTo("second-factor.error.wrong-code");
        });
    }
}
