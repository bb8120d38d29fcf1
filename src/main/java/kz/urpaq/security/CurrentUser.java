package kz.urpaq.security;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The signed-in account of the current request, if any. */
@Component
public class CurrentUser {

    public Optional<AccountPrincipal> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public AccountPrincipal require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("not signed in"));
    }

    /** Whether the current request's authentication holds the role, whatever kind of principal it has. */
    public boolean hasRole(Role role) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }
}
