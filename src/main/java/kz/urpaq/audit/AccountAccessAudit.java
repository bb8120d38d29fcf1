package kz.urpaq.audit;

import kz.urpaq.security.AccountAccessChanged;
import kz.urpaq.security.AccountSessionsEnded;
import kz.urpaq.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * Records role and sign-in changes of accounts, and every end of all sessions of an account. A
 * plain (synchronous) listener: it runs in the transaction of the change, and {@link AuditTrail}
 * insists on one.
 */
@Component
class AccountAccessAudit {

    static final String SUBJECT = "account";

    private final AuditTrail trail;

    AccountAccessAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AccountAccessChanged change) {
        var before = roles(change.rolesBefore());
        var after = roles(change.rolesAfter());
        var granted = EnumSet.noneOf(Role.class);
        granted.addAll(change.rolesAfter());
        granted.removeAll(change.rolesBefore());
        var revoked = EnumSet.noneOf(Role.class);
        revoked.addAll(change.rolesBefore());
        revoked.removeAll(change.rolesAfter());
        if (!granted.isEmpty()) {
            trail.recordIn(change.organiserId(), AuditAction.ROLE_GRANTED, SUBJECT, change.accountId(), before, after,
                    change.email() + ": +" + roles(granted));
        }
        if (!revoked.isEmpty()) {
            trail.recordIn(change.organiserId(), AuditAction.ROLE_REVOKED, SUBJECT, change.accountId(), before, after,
                    change.email() + ": -" + roles(revoked));
        }
        if (change.enabledBefore() != change.enabledAfter()) {
            trail.recordIn(change.organiserId(), change.enabledAfter() ? AuditAction.ACCOUNT_ENABLED
                    : AuditAction.ACCOUNT_DISABLED, SUBJECT, change.accountId(), String.valueOf(change.enabledBefore()),
                    String.valueOf(change.enabledAfter()), change.email());
        }
    }

    /** The cause is named in the details, e.g. {@code juror@example.kz: DISABLED}. */
    @EventListener
    void on(AccountSessionsEnded ended) {
        trail.record(AuditAction.SESSIONS_ENDED, SUBJECT, ended.accountId(), null, null, null,
                ended.email() + ": " + ended.cause());
    }

    /** Roles in their declared order, e.g. {@code APPLICANT,JURY}: the same set always reads the same. */
    private static String roles(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
