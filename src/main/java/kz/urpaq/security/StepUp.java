package kz.urpaq.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Asks for the password (and the code) again before a sensitive action when the last sign-in is
 * older than ten minutes (domain.md §12). The time of each factor is the {@code issuedAt} of the
 * Spring Security factor authority the sign-in gave: {@code FACTOR_PASSWORD}, and
 * {@link #TOTP_AUTHORITY} for accounts with a second factor. Services call {@link #require()};
 * views offer the dialog first ({@link SecondFactorService#confirmStepUp}), so the refusal is a safety net
 * (docs/decisions/018-second-factor-and-step-up.md).
 */
@Component
public class StepUp {

    public static final Duration FRESHNESS = Duration.ofMinutes(10);
    /** The factor authority of a TOTP code or recovery code, beside Spring Security's own factors. */
    public static final String TOTP_AUTHORITY = "FACTOR_TOTP";

    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;

    StepUp(SecurityContextHolderStrategy contexts, Clock clock) {
        this.contexts = contexts;
        this.clock = clock;
    }

    /** The authorities a complete sign-in holds: the roles, and each factor given with the time it was given. */
    static List<GrantedAuthority> authoritiesOf(AccountPrincipal principal, Instant factorsAt) {
        var authorities = new ArrayList<GrantedAuthority>(principal.getAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(factorsAt).build());
        if (principal.needsSecondFactor()) {
            authorities.add(FactorGrantedAuthority.withAuthority(TOTP_AUTHORITY).issuedAt(factorsAt).build());
        }
        return authorities;
    }

    /** Whether the current person signed in (or confirmed) within the last ten minutes. */
    public boolean isRecent() {
        var authentication = contexts.getContext().getAuthentication();
        if (SystemTask.isSystem(authentication)) {
            return true;
        }
        return lastAuthenticated(authentication)
                .filter(at -> !at.plus(FRESHNESS).isBefore(clock.instant()))
                .isPresent();
    }

    /** @throws StepUpRequiredException unless {@link #isRecent()} */
    public void require() {
        if (!isRecent()) {
            throw new StepUpRequiredException();
        }
    }

    /** The session's factors count from now: its person just confirmed them. */
    void refresh(AccountPrincipal principal) {
        // The session's own context object, so the fresh factors stay with the session.
        contexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, authoritiesOf(principal, clock.instant())));
    }

    /**
     * The oldest of the factors the sign-in gave; a sign-in made in code without factors (tests,
     * demo) counts from the principal's sign-in time. Empty for no sign-in, or one still waiting
     * for its second factor.
     */
    static Optional<Instant> lastAuthenticated(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return Optional.empty();
        }
        var factors = authentication.getAuthorities().stream()
                .filter(FactorGrantedAuthority.class::isInstance)
                .map(FactorGrantedAuthority.class::cast)
                .toList();
        if (factors.isEmpty()) {
            return Optional.of(principal.signedInAt());
        }
        if (principal.needsSecondFactor() && factors.stream().noneMatch(f -> TOTP_AUTHORITY.equals(f.getAuthority()))) {
            return Optional.empty();
        }
        return factors.stream().map(FactorGrantedAuthority::getIssuedAt).min(Comparator.naturalOrder());
    }
}
