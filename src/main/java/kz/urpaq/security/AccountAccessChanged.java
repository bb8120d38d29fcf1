package kz.urpaq.security;

import java.util.Set;

/**
 * An administrator changed an account's roles or whether it may sign in. Published inside the
 * transaction of the change, so the audit trail (which listens) commits with it or not at all.
 */
public record AccountAccessChanged(long accountId, String email, Set<Role> rolesBefore, Set<Role> rolesAfter,
                                   boolean enabledBefore, boolean enabledAfter) {

    public AccountAccessChanged {
        rolesBefore = Set.copyOf(rolesBefore);
        rolesAfter = Set.copyOf(rolesAfter);
    }
}
