package kz.urpaq.security;

import org.jspecify.annotations.Nullable;

import java.util.Set;

/**
 * An administrator of the organiser (none: the platform's) changed an account's roles or whether it may sign in. Published inside the
 * transaction of the change, so the audit trail (which listens) commits with it or not at all.
 */
public record AccountAccessChanged(@Nullable Long organiserId, long accountId, String email, Set<Role> rolesBefore, Set<Role> rolesAfter,
                                   boolean enabledBefore, boolean enabledAfter) {

    public AccountAccessChanged {
        rolesBefore = Set.copyOf(rolesBefore);
        rolesAfter = Set.copyOf(rolesAfter);
    }
}
