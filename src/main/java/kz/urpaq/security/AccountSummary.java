package kz.urpaq.security;

import kz.urpaq.base.i18n.Language;

import java.time.Instant;
import java.util.Set;

/** An account as lists show it; never the password hash. */
public record AccountSummary(long id, String email, String displayName, Set<Role> roles, Language language,
                             boolean enabled, Instant createdAt) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.getId(), account.getEmail(), account.getDisplayName(), account.getRoles(),
                account.getPreferredLanguage(), account.isEnabled(), account.getCreatedAt());
    }
}
