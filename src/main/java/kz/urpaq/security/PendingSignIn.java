package kz.urpaq.security;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in whose password was right and whose second factor is still to come. It lives in the
 * HTTP session beside, not inside, the security context: until the code is given, the session is
 * anonymous to every page and service (docs/decisions/018-second-factor-and-step-up.md).
 *
 * @param enrolment the secret being set up, when the account has no factor yet
 * @param continueTo the page the person asked for, opened once the sign-in is complete
 */
record PendingSignIn(long accountId, String email, long sessionStamp, Instant passwordAt, String continueTo,
                     SecondFactorService.@Nullable NewFactor enrolment) implements Serializable {

    /** A password older than this needs typing again: the code step does not wait for ever. */
    static final Duration VALID_FOR = Duration.ofMinutes(10);
    private static final String ATTRIBUTE = PendingSignIn.class.getName();

    static Optional<PendingSignIn> in(@Nullable HttpSession session, Instant now) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)) {
            return Optional.empty();
        }
        if (pending.passwordAt().plus(VALID_FOR).isBefore(now)) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    static void forget(@Nullable HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
