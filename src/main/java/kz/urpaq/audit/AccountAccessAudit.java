package kz.urpaq.audit;

import kz.urpaq.security.AccountAccessChanged;
import kz.urpaq.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;

/**
 * Records role and sign-in changes of accounts. A plain (synchronous) listener: it runs in the
 * transaction of the change, and {@link AuditTrail} insists on one.
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
            trail.record(AuditAction.ROLE_GRANTED, SUBJECT, change.accountId(), null, before, after,
                    change.email() + ": +" + roles(granted));
        }
        if (!revoked.isEmpty()) {
            trail.record(AuditAction.ROLE_REVOKED, SUBJECT, change.accountId(), null, before, after,
                    change.email() + ": -" + roles(revoked));
        }
        if (change.enabledBefore() != change.enabledAfter()) {
            trail.record(change.enabledAfter() ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, SUBJECT,
                    change.accountId(), null, String.valueOf(change.enabledBefore()),
                    String.valueOf(change.enabledAfter()), change.email());
        }
    }

    /** Roles in their declared order, e.g. {@code APPLICANT,JURY}: the same set always reads the same. */
    private static String roles(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
