package kz.urpaq.security;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides, on each request of a signed-in session, whether it may go on (docs/domain.md §12): not
 * idle too long, not older than its lifetime, and its account as it was at sign-in — enabled, the
 * same roles, the same session stamp. The account is read from the database every time, so a change
 * made on another instance counts at the next request here (docs/decisions/017-sessions-that-end.md).
 */
@Component
public class SessionGuard {

    /** Where an open page asks how long its session has left; asking does not count as activity. */
    public static final String TIME_LEFT_PATH = "/session/time-left";

    private final UserAccountRepository accounts;
    private final SessionLimits limits;
    private final Clock clock;

    SessionGuard(UserAccountRepository accounts, SessionLimits limits, Clock clock) {
        this.accounts = accounts;
        this.limits = limits;
        this.clock = clock;
    }

    /** How long until the session ends idle and until it ends whatever happens; both positive. */
    record TimeLeft(Duration idle, Duration lifetime) {
    }

    /** The time the session has left, or empty when it must end now. */
    @Transactional(readOnly = true)
    Optional<TimeLeft> timeLeft(AccountPrincipal principal, Instant lastActivity) {
        var now = clock.instant();
        var timeLeft = new TimeLeft(Duration.between(now, lastActivity.plus(limits.idleTimeout())),
                Duration.between(now, principal.signedInAt().plus(limits.lifetime())));
        if (!timeLeft.idle().isPositive() || !timeLeft.lifetime().isPositive() || !accountAsSignedIn(principal)) {
            return Optional.empty();
        }
        return Optional.of(timeLeft);
    }

    /**
     * Roles and the enabled flag are compared too, not only the stamp: a change made around the
     * services (a script in the database) still ends the session.
     */
    private boolean accountAsSignedIn(AccountPrincipal principal) {
        return accounts.findById(principal.accountId())
                .filter(account -> account.isEnabled()
                        && account.getSessionStamp() == principal.sessionStamp()
                        && account.getRoles().equals(principal.roles()))
                .isPresent();
    }
}
