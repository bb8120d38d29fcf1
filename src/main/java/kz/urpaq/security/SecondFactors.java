package kz.urpaq.security;

import kz.urpaq.security.AccountSecurityEvent.Kind;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static kz.urpaq.security.AttemptLimits.Kind.SECOND_FACTOR_FAILURES_PER_ACCOUNT;

/**
 * The factors themselves, for a sign-in under way (nobody signed in yet: {@link SecondFactorController},
 * {@link SecondFactorFilter}) and for {@link SecondFactorService}: new secrets, codes checked with
 * replays refused and wrong ones slowed per account, recovery codes made and kept hashed.
 */
@Component
@Transactional
class SecondFactors {

    static final String FIELD_CODE = "code";
    private static final String RECOVERY_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int RECOVERY_CODE_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecondFactorRepository factors;
    private final UserAccountRepository accounts;
    private final AttemptLimits limits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SecondFactors(SecondFactorRepository factors, UserAccountRepository accounts, AttemptLimits limits,
                  ApplicationEventPublisher events, Clock clock) {
        this.factors = factors;
        this.accounts = accounts;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /** A new secret, not stored until a code from it is typed back. */
    SecondFactorService.NewFactor newFactorFor(String email) {
        var secret = Totp.newSecret();
        return new SecondFactorService.NewFactor(secret, Totp.keyUri(SecondFactorService.ISSUER, email, secret));
    }

    @Transactional(readOnly = true)
    boolean isEnrolled(long accountId) {
        return factors.existsById(accountId);
    }

    /**
     * Checks a code typed at sign-in or step-up: a code of the app not used before, or an unused
     * recovery code, which is then spent.
     *
     * @throws InputRefusedException at {@code code}: wrong, or too many wrong codes lately (with the wait in
     *                               minutes); the failure's audit record is kept all the same
     */
    @Transactional(noRollbackFor = InputRefusedException.class)
    void confirmCode(long accountId, String typed) {
        var account = accounts.findById(accountId).orElseThrow();
        var factor = factors.findById(accountId).orElseThrow(SecondFactors::wrongCode);
        var key = String.valueOf(accountId);
        limits.take(SECOND_FACTOR_FAILURES_PER_ACCOUNT, key).ifPresent(wait -> {
            throw new InputRefusedException(FIELD_CODE, "second-factor.error.too-many",
                    Math.max(1, wait.plusSeconds(59).toMinutes()));
        });
        var step = Totp.matchingStep(factor.secret(), typed, clock.instant(), factor.lastUsedStep());
        if (step.isPresent()) {
            factor.used(step.getAsLong());
        } else if (factor.useRecoveryCode(hash(typed))) {
            publish(Kind.RECOVERY_CODE_USED, account);
        } else {
            publish(Kind.SECOND_FACTOR_FAILED, account);
            throw wrongCode();
        }
        limits.giveBack(SECOND_FACTOR_FAILURES_PER_ACCOUNT, key);
    }

    /**
     * Stores the factor once a code of its secret is typed back.
     *
     * @return the recovery codes, to show once
     * @throws InputRefusedException at {@code code} when the code is not the secret's
     */
    List<String> enrol(long accountId, String secret, String typed) {
        if (!Totp.isSecret(secret)) {
            throw wrongCode();
        }
        var step = Totp.matchingStep(secret, typed, clock.instant(), 0);
        if (step.isEmpty()) {
            throw wrongCode();
        }
        return store(accountId, secret, step.getAsLong());
    }

    /** Stores a factor with a secret known in advance (the demo's staff), no code asked. */
    List<String> store(long accountId, String secret, long usedStep) {
        var account = accounts.findById(accountId).orElseThrow();
        factors.findById(accountId).ifPresent(existing -> {
            factors.delete(existing);
            factors.flush();
        });
        var codes = newRecoveryCodes();
        var factor = new SecondFactor(accountId, secret, clock.instant(), hashes(codes));
        factor.used(usedStep);
        factors.save(factor);
        publish(Kind.SECOND_FACTOR_ENROLLED, account);
        return codes;
    }

    void publish(Kind kind, UserAccount account) {
        events.publishEvent(AccountSecurityEvent.of(kind, account, ClientAddress.current().orElse(null)));
    }

    static List<String> newRecoveryCodes() {
        var codes = new ArrayList<String>();
        while (codes.size() < SecondFactorService.RECOVERY_CODES) {
            var code = new StringBuilder();
            for (var i = 0; i < RECOVERY_CODE_LENGTH; i++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            code.insert(RECOVERY_CODE_LENGTH / 2, '-');
            if (!codes.contains(code.toString())) {
                codes.add(code.toString());
            }
        }
        return codes;
    }

    static Set<String> hashes(List<String> codes) {
        return codes.stream().map(SecondFactors::hash).collect(Collectors.toSet());
    }

    /** A recovery code as typed: case, spaces and dashes do not matter. */
    private static String hash(String typed) {
        return DigestUtils.sha256Hex(typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
    }

    static InputRefusedException wrongCode() {
        return new InputRefusedException(FIELD_CODE, "second-factor.error.wrong-code");
    }
}
