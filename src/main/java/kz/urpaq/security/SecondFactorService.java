package kz.urpaq.security;

import kz.urpaq.security.AccountSecurityEvent.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Second factors of signed-in people (domain.md §12): a TOTP app set up by QR code or typed key,
 * and ten single-use recovery codes. Administrators and jurors must have one; anyone else may turn
 * one on. An administrator may reset another account's factor. Resetting, turning off and new
 * recovery codes ask for step-up (docs/decisions/018-second-factor-and-step-up.md).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class SecondFactorService {

    public static final String ISSUER = "Urpaq";
    public static final int RECOVERY_CODES = 10;

    private final SecondFactors secondFactors;
    private final SecondFactorRepository factors;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final StepUp stepUp;
    private final PasswordEncoder passwordEncoder;

    private final StaffScope scope;

    SecondFactorService(SecondFactors secondFactors, SecondFactorRepository factors, UserAccountRepository accounts,
                        CurrentUser currentUser, ApplicationEventPublisher events, StepUp stepUp,
                        PasswordEncoder passwordEncoder, StaffScope scope) {
        this.scope = scope;
        this.secondFactors = secondFactors;
        this.factors = factors;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.stepUp = stepUp;
        this.passwordEncoder = passwordEncoder;
    }

    /** Whether accounts with these roles must have a second factor: administrators and jurors. */
    public static boolean isRequiredFor(Set<Role> roles) {
        return roles.contains(Role.ADMIN) || roles.contains(Role.JURY) || roles.contains(Role.PLATFORM);
    }

    /** A secret to set up, not stored until a code from it is typed back. */
    public record NewFactor(String secret, String keyUri) implements Serializable {

        /** The secret in groups of four letters, as people type it into an app. */
        public String groupedSecret() {
            return Totp.grouped(secret);
        }
    }

    /** Whether the account has a factor, whether it must, since when, and how many recovery codes are left. */
    public record Status(boolean enrolled, boolean required, Optional<Instant> enrolledAt, int recoveryCodesLeft) {
    }

    @Transactional(readOnly = true)
    public Status myStatus() {
        var principal = currentUser.require();
        var factor = factors.findById(principal.accountId());
        return new Status(factor.isPresent(), isRequiredFor(principal.roles()), factor.map(SecondFactor::enrolledAt),
                factor.map(SecondFactor::recoveryCodesLeft).orElse(0));
    }

    /** A secret for the signed-in person to set up (an applicant turning the second factor on). */
    public NewFactor newFactor() {
        return secondFactors.newFactorFor(currentUser.require().email());
    }

    /**
     * Turns the second factor on for the signed-in person once a code of the secret is typed back;
     * from the next sign-in on, the password alone is not enough.
     *
     * @return the recovery codes, shown once
     * @throws InputRefusedException at {@code code}
     */
    public List<String> enrol(String secret, String typed) {
        var principal = currentUser.require();
        if (factors.existsById(principal.accountId())) {
            throw new InputRefusedException(SecondFactors.FIELD_CODE, "second-factor.error.already-on");
        }
        return secondFactors.enrol(principal.accountId(), secret, typed);
    }

    /** Ten new recovery codes for the signed-in person; the old ones stop working. Asks for step-up. */
    public List<String> renewRecoveryCodes() {
        stepUp.require();
        var principal = currentUser.require();
        var factor = factors.findById(principal.accountId())
                .orElseThrow(() -> new InputRefusedException(SecondFactors.FIELD_CODE, "second-factor.error.not-on"));
        var codes = SecondFactors.newRecoveryCodes();
        factor.replaceRecoveryCodes(SecondFactors.hashes(codes));
        secondFactors.publish(Kind.RECOVERY_CODES_RENEWED, accounts.findById(principal.accountId()).orElseThrow());
        return codes;
    }

    /** Turns the signed-in applicant's second factor off; administrators and jurors cannot. Asks for step-up. */
    public void turnOff() {
        stepUp.require();
        var principal = currentUser.require();
        if (isRequiredFor(principal.roles())) {
            throw new InputRefusedException(SecondFactors.FIELD_CODE, "second-factor.error.required");
        }
        factors.findById(principal.accountId()).ifPresent(factors::delete);
        secondFactors.publish(Kind.SECOND_FACTOR_TURNED_OFF, accounts.findById(principal.accountId()).orElseThrow());
    }

    /**
     * Confirms it is still the signed-in person before a sensitive action (step-up): their
     * password, and their code when the account has a second factor. The session's factors then
     * count from now ({@link StepUp}).
     *
     * @throws InputRefusedException at {@code password} or {@code code}; the failure's audit record is kept
     */
    @Transactional(noRollbackFor = InputRefusedException.class)
    public void confirmStepUp(String password, String code) {
        var principal = currentUser.require();
        var account = accounts.findById(principal.accountId()).orElseThrow();
        if (!passwordEncoder.matches(password, account.getPasswordHash())) {
            secondFactors.publish(Kind.STEP_UP_FAILED, account);
            throw new InputRefusedException(AccountRules.FIELD_PASSWORD, "step-up.error.password");
        }
        if (principal.needsSecondFactor()) {
            secondFactors.confirmCode(principal.accountId(), code);
        }
        stepUp.refresh(principal);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean hasSecondFactor(long accountId) {
        return scope.reaches(accountId) && factors.existsById(accountId);
    }

    /**
     * Removes another account's second factor (a lost phone and lost recovery codes): its sessions
     * end, and an administrator or juror sets up a new one at the next sign-in. Asks for step-up;
     * audited with the administrator's name.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void reset(long accountId) {
        stepUp.require();
        var account = accounts.findById(accountId).filter(a -> scope.reaches(accountId))
                .orElseThrow(() -> new kz.urpaq.base.domain.NoSuchRecordException("users.refused.not-found"));
        factors.findById(accountId).ifPresent(factors::delete);
        account.endSessions();
        secondFactors.publish(Kind.SECOND_FACTOR_RESET, account);
        events.publishEvent(new AccountSessionsEnded(accountId, account.getEmail(),
                AccountSessionsEnded.Cause.SECOND_FACTOR_RESET));
    }

    /**
     * Sets up a factor with a secret known in advance, for the demo's staff accounts, whose secrets
     * the start-up log prints. Only start-up work may: no person can plant a secret they know.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void enrolKnownSecret(long accountId, String secret) {
        if (!SystemTask.isSystem(SecurityContextHolder.getContext().getAuthentication()) || !Totp.isSecret(secret)) {
            throw new AccessDeniedException("only start-up work plants secrets");
        }
        secondFactors.store(accountId, secret, 0);
    }
}
