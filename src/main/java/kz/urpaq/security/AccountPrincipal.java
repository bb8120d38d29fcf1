package kz.urpaq.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * What the security context keeps of a signed-in account; serializable for the HTTP session. The
 * session stamp and the instant are read with the password hash, so a sign-in that checked an old
 * password carries the old stamp and ends with the others ({@link SessionGuard}).
 */
public record AccountPrincipal(
        long accountId,
        String email,
        String displayName,
        Set<Role> roles,
        String passwordHash,
        boolean enabled,
        long sessionStamp,
        Instant signedInAt,
        boolean secondFactorEnrolled) implements UserDetails, Serializable {

    static AccountPrincipal of(UserAccount account, Instant now, boolean secondFactorEnrolled) {
        return new AccountPrincipal(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getRoles(), account.getPasswordHash(), account.isEnabled(),
                account.getSessionStamp(), now, secondFactorEnrolled);
    }

    /**
     * Whether a password alone does not sign this account in: administrators and jurors always
     * need their second factor, anyone else once they set one up (domain.md §12).
     */
    public boolean needsSecondFactor() {
        return secondFactorEnrolled || SecondFactorService.isRequiredFor(roles);
    }

    /** This session, carried over to the account's new stamp: the one that changed its own password. */
    AccountPrincipal withSessionStamp(long stamp) {
        return new AccountPrincipal(accountId, email, displayName, roles, passwordHash, enabled, stamp,
                signedInAt, secondFactorEnrolled);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + accountId + "]";
    }
}
