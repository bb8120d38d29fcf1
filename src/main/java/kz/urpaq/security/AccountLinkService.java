package kz.urpaq.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;

/**
 * The links Urpaq mails about an account: confirming the address and resetting a forgotten
 * password. Each works once; whoever holds the link is the person it was sent to, signed in or
 * not, so these doors are open to everyone and the token is the key.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional
public class AccountLinkService {

    public static final Duration CONFIRMATION_VALIDITY = Duration.ofDays(7);
    public static final Duration RESET_VALIDITY = Duration.ofHours(1);
    public static final Duration INVITATION_VALIDITY = Duration.ofDays(7);
    /** At most one mail of each kind per account and minute: a form cannot be used to flood an inbox. */
    static final Duration RESEND_PAUSE = Duration.ofMinutes(1);
    public static final String FIELD_LINK = "link";

    private final UserAccountRepository accounts;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountLinkService(UserAccountRepository accounts, AccountTokens tokens, AccountMails mails,
                       PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock,
                       ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** Confirms the address the link was sent to; false for an unknown, used or expired link. */
    public boolean confirmEmail(String token) {
        var found = tokens.findUsable(token, AccountToken.Purpose.EMAIL_CONFIRMATION);
        if (found.isEmpty()) {
            return false;
        }
        var now = clock.instant();
        found.get().use(now);
        accounts.findById(found.get().getAccountId()).ifPresent(account -> account.confirmEmail(now));
        return true;
    }

    /**
     * Mails the signed-in person a new confirmation link. Returns false when nothing was sent:
     * the address is confirmed already, or a link left less than a minute ago.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean resendEmailConfirmation() {
        var account = accounts.findById(currentUser.require().accountId()).orElseThrow();
        var purpose = AccountToken.Purpose.EMAIL_CONFIRMATION;
        if (account.isEmailConfirmed() || tokens.issuedWithin(account.getId(), purpose, RESEND_PAUSE)) {
            return false;
        }
        tokens.revokeAll(account.getId(), purpose);
        mails.sendEmailConfirmation(account, tokens.issue(account.getId(), purpose, CONFIRMATION_VALIDITY));
        return true;
    }

    /**
     * Mails a reset link valid for an hour, if an enabled account has this address. Says nothing
     * either way, so the form cannot tell a stranger who has an account. A new link voids older ones.
     */
    public void requestPasswordReset(String email) {
        var purpose = AccountToken.Purpose.PASSWORD_RESET;
        accounts.findByEmail(UserAccount.normalizeEmail(email))
                .filter(UserAccount::isEnabled)
                .filter(account -> !tokens.issuedWithin(account.getId(), purpose, RESEND_PAUSE))
                .ifPresent(account -> {
                    tokens.revokeAll(account.getId(), purpose);
                    mails.sendPasswordReset(account, tokens.issue(account.getId(), purpose, RESET_VALIDITY));
                });
    }

    @Transactional(readOnly = true)
    public boolean isPasswordResetLinkValid(String token) {
        return tokens.findUsable(token, AccountToken.Purpose.PASSWORD_RESET).isPresent();
    }

    /**
     * Sets a new password through a reset link, once, and ends every session of the account: whoever
     * knew the old password is signed out. It also lifts a sign-in lock and confirms the address,
     * since only its owner could open the link.
     *
     * @throws InputRefusedException at {@code link} for an unknown, used or expired link, at
     *                               {@code password} for a password the policy refuses (the link stays usable)
     */
    public void resetPassword(String token, String newPassword) {
        var found = tokens.findUsable(token, AccountToken.Purpose.PASSWORD_RESET)
                .orElseThrow(() -> new InputRefusedException(FIELD_LINK, "reset-password.error.link-invalid"));
        AccountRules.checkPassword(AccountRules.FIELD_PASSWORD, newPassword).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        var now = clock.instant();
        var account = accounts.findById(found.getAccountId()).orElseThrow();
        found.use(now);
        tokens.revokeAll(account.getId(), AccountToken.Purpose.PASSWORD_RESET);
        account.changePassword(passwordEncoder.encode(newPassword));
        account.unlock();
        account.confirmEmail(now);
        events.publishEvent(new AccountSessionsEnded(account.getId(), account.getEmail(),
                AccountSessionsEnded.Cause.PASSWORD_RESET));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean isInvitationValid(String token) {
        return tokens.findUsable(token, AccountToken.Purpose.INVITATION).isPresent();
    }

    /**
     * The invited juror chooses their password through the invitation link, once; the address
     * counts as confirmed, since only its owner could open the link.
     *
     * @throws InputRefusedException at {@code link} for an unknown, used or expired link, at
     *                               {@code password} for a password the policy refuses (the link stays usable)
     */
    @PreAuthorize("permitAll()")
    public void acceptInvitation(String token, String newPassword) {
        var found = tokens.findUsable(token, AccountToken.Purpose.INVITATION)
                .orElseThrow(() -> new InputRefusedException(FIELD_LINK, "accept-invitation.error.link-invalid"));
        AccountRules.checkPassword(AccountRules.FIELD_PASSWORD, newPassword).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        var now = clock.instant();
        var account = accounts.findById(found.getAccountId()).orElseThrow();
        found.use(now);
        tokens.revokeAll(account.getId(), AccountToken.Purpose.INVITATION);
        account.changePassword(passwordEncoder.encode(newPassword));
        account.unlock();
        account.confirmEmail(now);
    }
}
