package kz.urpaq.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;

/** Records an account's acceptance of the current privacy notice, once, audited. */
@Component
class PrivacyAcceptances {

    private final PrivacyAcceptanceRepository acceptances;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrivacyAcceptances(PrivacyAcceptanceRepository acceptances, ApplicationEventPublisher events, Clock clock) {
        this.acceptances = acceptances;
        this.events = events;
        this.clock = clock;
    }

    void acceptCurrent(UserAccount account) {
        if (acceptances.existsByAccountIdAndNoticeVersion(account.getId(), PrivacyNotice.CURRENT_VERSION)) {
            return;
        }
        acceptances.save(new PrivacyAcceptance(account.getId(), PrivacyNotice.CURRENT_VERSION, clock.instant()));
        events.publishEvent(AccountSecurityEvent.of(AccountSecurityEvent.Kind.PRIVACY_NOTICE_ACCEPTED, account,
                ClientAddress.current().orElse(null)));
    }

    int newestVersion(long accountId) {
        return acceptances.newestVersion(accountId);
    }
}
