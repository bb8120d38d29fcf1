package kz.urpaq.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serializable;
import java.util.Collection;
import java.util.Set;

/** What the security context keeps of a signed-in account; serializable for the HTTP session. */
public record AccountPrincipal(
        long accountId,
        String email,
        String displayName,
        Set<Role> roles,
        String passwordHash,
        boolean enabled) implements UserDetails, Serializable {

    static AccountPrincipal of(UserAccount account) {
        return new AccountPrincipal(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getRoles(), account.getPasswordHash(), account.isEnabled());
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
