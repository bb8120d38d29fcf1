package kz.urpaq.security;

import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.AccountSecurityEvent.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Arrays;
import java.util.Optional;

import static kz.urpaq.security.AttemptLimits.Kind.SIGN_IN_FAILURES_PER_ACCOUNT;
import static kz.urpaq.security.AttemptLimits.Kind.SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS;
import static kz.urpaq.security.AttemptLimits.Kind.SIGN_IN_FAILURES_PER_ADDRESS;

/**
 * Slows password guessing without locking anyone out (docs/decisions/019-no-enumeration-and-throttling.md).
 * Every attempt takes one from three allowances: of the account from this network address, of
 * the address whatever the account, and of the account from every address; a sign-in that
 * succeeds gives them back. The account's own allowance holds back only addresses that have
 * failed on it already: a first attempt from a new address always gets through, so however many
 * wrong passwords a stranger sends from elsewhere, the owner can still sign in. Keys are the
 * typed e-mail, known or not, so a slowed sign-in tells nobody whether the account exists.
 */
@Component
class LoginThrottle {

    private final AttemptLimits limits;
    private final UserAccountRepository accounts;
    private final SlowDownNotices notices;
    private final ApplicationEventPublisher events;

    LoginThrottle(AttemptLimits limits, UserAccountRepository accounts, SlowDownNotices notices,
                  ApplicationEventPublisher events) {
        this.limits = limits;
        this.accounts = accounts;
        this.notices = notices;
        this.events = events;
    }

    /** Takes an attempt for the e-mail from the address; false when it must wait and may not check a password. */
    boolean admit(String typedEmail, String address) {
        var email = UserAccount.normalizeEmail(typedEmail);
        var pair = email + " " + address;
        if (limits.take(SIGN_IN_FAILURES_PER_ADDRESS, address).isPresent()) {
            notices.slowedDown(null, address);
            return false;
        }
        var newAddressForAccount = limits.isUntouched(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, pair);
        if (limits.take(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, pair).isPresent()) {
            limits.giveBack(SIGN_IN_FAILURES_PER_ADDRESS, address);
            notices.slowedDown(email, address);
            return false;
        }
        if (newAddressForAccount) {
            limits.takeAnyway(SIGN_IN_FAILURES_PER_ACCOUNT, email);
        } else if (limits.take(SIGN_IN_FAILURES_PER_ACCOUNT, email).isPresent()) {
            limits.giveBack(SIGN_IN_FAILURES_PER_ADDRESS, address);
            limits.giveBack(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, pair);
            notices.slowedDown(email, address);
            return false;
        }
        return true;
    }

    /**
     * Forgets the failures of the account from the address: its owner proved who they are by a
     * reset link opened there, and may sign in with the new password at once.
     */
    void forgive(String email, String address) {
        limits.forget(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, email + " " + address);
    }

    /** A wrong password, an unknown e-mail or a disabled account: audited, with the account when there is one. */
    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        if (!SignInFailureHandler.isAboutTheAccount(event.getException())) {
            return;
        }
        var name = event.getAuthentication().getName();
        var account = name == null ? null : accounts.findByEmail(UserAccount.normalizeEmail(name)).orElse(null);
        events.publishEvent(AccountSecurityEvent.of(Kind.SIGN_IN_FAILED, account, address(event.getAuthentication())));
    }

    /**
     * Gives the attempt back, and carries over a language chosen on the sign-in page: the
     * visitor's latest explicit choice becomes the account's.
     */
    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            var address = address(event.getAuthentication());
            if (address != null) {
                limits.giveBack(SIGN_IN_FAILURES_PER_ADDRESS, address);
                limits.giveBack(SIGN_IN_FAILURES_PER_ACCOUNT, principal.email());
                limits.forget(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, principal.email() + " " + address);
            }
            accounts.findById(principal.accountId()).ifPresent(account -> {
                languageCookie().ifPresent(account::setPreferredLanguage);
                // With a second factor the sign-in is complete only once the code is right (SecondFactorController).
                if (!principal.needsSecondFactor()) {
                    events.publishEvent(AccountSecurityEvent.of(Kind.SIGNED_IN, account, address));
                }
            });
        }
    }

    private static @Nullable String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : ClientAddress.current().orElse(null);
    }

    private static Optional<Language> languageCookie() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getCookies() != null) {
            return Arrays.stream(attributes.getRequest().getCookies())
                    .filter(cookie -> AccountLanguagePreferences.COOKIE.equals(cookie.getName()))
                    .map(cookie -> Language.of(cookie.getValue()))
                    .findFirst();
        }
        return Optional.empty();
    }
}
