package kz.urpaq.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
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

    /**
     * Keeps the current session signed in after its own account ended every session: whoever just
     * changed the password proved it is them, so only their other sessions end. The context is the
     * session's own object, so the new stamp stays with the session.
     */
    void carryOverTo(long sessionStamp) {
        var context = SecurityContextHolder.getContext();
        var authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    principal.withSessionStamp(sessionStamp), authentication.getCredentials(),
                    authentication.getAuthorities()));
        }
    }

    /** Whether the current request's authentication holds the role, whatever kind of principal it has. */
    public boolean hasRole(Role role) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }
}
