package kz.urpaq.security;

import kz.urpaq.security.AccountSecurityEvent.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static kz.urpaq.security.AttemptLimits.Kind.NOTICES;

/**
 * Says that sign-ins are being slowed: an audit record, and a mail to an administrator or juror
 * whose account it is. At most once an hour for each account and each network address, however
 * many attempts are held back, so neither the audit trail nor the inbox fills up.
 */
@Component
class SlowDownNotices {

    private final AttemptLimits limits;
    private final UserAccountRepository accounts;
    private final AccountMails mails;
    private final ApplicationEventPublisher events;

    SlowDownNotices(AttemptLimits limits, UserAccountRepository accounts, AccountMails mails,
                    ApplicationEventPublisher events) {
        this.limits = limits;
        this.accounts = accounts;
        this.mails = mails;
        this.events = events;
    }

    /** Sign-ins for the e-mail (or for every e-mail, when null) from the address are held back. */
    @Transactional
    public void slowedDown(@Nullable String email, String address) {
        if (limits.take(NOTICES, "slowed " + (email == null ? "" : email) + " " + address).isPresent()) {
            return;
        }
        var account = email == null ? null : accounts.findByEmail(email).orElse(null);
        events.publishEvent(AccountSecurityEvent.of(Kind.SIGN_IN_SLOWED, account, address));
        if (account != null && (account.hasRole(Role.ADMIN) || account.hasRole(Role.JURY))
                && limits.take(NOTICES, "alert " + account.getEmail()).isEmpty()) {
            mails.sendSignInAlert(account, address);
        }
    }
}
