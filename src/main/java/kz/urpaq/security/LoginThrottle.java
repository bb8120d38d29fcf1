package kz.urpaq.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Slows password guessing: five wrong passwords for one account within fifteen minutes lock it
 * for fifteen minutes. The lock is kept in the database, so it holds across app instances.
 */
@Component
class LoginThrottle {

    private final UserAccountRepository accounts;
    private final Clock clock;

    LoginThrottle(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        var name = event.getAuthentication().getName();
        if (name != null) {
            accounts.findByEmail(UserAccount.normalizeEmail(name))
                    .ifPresent(account -> account.recordFailedLogin(clock.instant()));
        }
    }

    /**
     * Clears the failure count, and carries over a language chosen on the sign-in page: the
     * visitor's latest explicit choice becomes the account's.
     */
    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.findById(principal.accountId()).ifPresent(account -> {
                account.recordSuccessfulLogin();
                languageCookie().ifPresent(account::setPreferredLanguage);
            });
        }
    }

    private static java.util.Optional<kz.urpaq.base.i18n.Language> languageCookie() {
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                && attributes.getRequest().getCookies() != null) {
            return java.util.Arrays.stream(attributes.getRequest().getCookies())
                    .filter(cookie -> AccountLanguagePreferences.COOKIE.equals(cookie.getName()))
                    .map(cookie -> kz.urpaq.base.i18n.Language.of(cookie.getValue()))
                    .findFirst();
        }
        return java.util.Optional.empty();
    }
}
