package kz.urpaq.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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
    private final AttemptLimits limits;
    private final ApplicationEventPublisher events;
    private final LoginThrottle loginThrottle;
    private final TransactionTemplate transaction;
    private final Duration resetAnswerFloor;

    AccountLinkService(UserAccountRepository accounts, AccountTokens tokens, AccountMails mails,
                       PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock, AttemptLimits limits,
                       ApplicationEventPublisher events, LoginThrottle loginThrottle,
                       PlatformTransactionManager transactions,
                       @Value("${urpaq.security.reset-answer-floor:200ms}") Duration resetAnswerFloor) {
        this.transaction = new TransactionTemplate(transactions);
        this.resetAnswerFloor = resetAnswerFloor;
        this.accounts = accounts;
        this.tokens = tokens;
        this.mails = mails;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.limits = limits;
        this.events = events;
        this.loginThrottle = loginThrottle;
    }

    /** Confirms the address the link was sent to; false for an unknown, used or expired link. */
    public boolean confirmEmail(String token) {
        var found = tokens.findUsable(token, AccountToken.Purpose.EMAIL_CONFIRMATION);
        if (found.isEmpty()) {
            return false;
        }
        var now = clock.instant();
        found.get().use(now);
        accounts.findById(found.get().getAccountId()).ifPresent(account -> confirm(account, now));
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
     * either way, so the form cannot tell a stranger who has an account; the mail is only written into
     * the outbox and leaves outside the request, and the answer comes no earlier than
     * {@code urpaq.security.reset-answer-floor} (200 ms) after the question, so it takes no longer
     * either (docs/benchmarks.md §7). A new link voids older ones.
     *
     * @throws InputRefusedException at {@code email} when this network address asked too often
     *                               lately, whichever addresses it asked for
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void requestPasswordReset(String email) {
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> writePasswordReset(email));
        // A known address writes a link and a mail, an unknown one only looks: answering both no
        // earlier than the floor, after the commit and holding no connection, keeps them alike.
        long left = resetAnswerFloor.toNanos() - (System.nanoTime() - started);
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void writePasswordReset(String email) {
        var address = ClientAddress.current();
        address.flatMap(client -> limits.take(AttemptLimits.Kind.RESET_REQUESTS_PER_ADDRESS, client))
                .ifPresent(wait -> {
                    throw AttemptLimits.refusal(wait);
                });
        var purpose = AccountToken.Purpose.PASSWORD_RESET;
        var account = accounts.findByEmail(UserAccount.normalizeEmail(email)).filter(UserAccount::isEnabled);
        account.filter(found -> !tokens.issuedWithin(found.getId(), purpose, RESEND_PAUSE))
                .ifPresent(found -> {
                    tokens.revokeAll(found.getId(), purpose);
                    mails.sendPasswordReset(found, tokens.issue(found.getId(), purpose, RESET_VALIDITY));
                });
        events.publishEvent(AccountSecurityEvent.of(AccountSecurityEvent.Kind.PASSWORD_RESET_REQUESTED,
                account.orElse(null), address.orElse(null)));
    }

    @Transactional(readOnly = true)
    public boolean isPasswordResetLinkValid(String token) {
        return tokens.findUsable(token, AccountToken.Purpose.PASSWORD_RESET).isPresent();
    }

    /**
     * Sets a new password through a reset link, once, and ends every session of the account: whoever
     * knew the old password is signed out. It also confirms the address, since only its owner
     * could open the link, and forgets failed sign-ins from where it was opened.
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
        confirm(account, now);
        var address = ClientAddress.current();
        address.ifPresent(client -> loginThrottle.forgive(account.getEmail(), client));
        events.publishEvent(AccountSecurityEvent.of(AccountSecurityEvent.Kind.PASSWORD_RESET, account,
                address.orElse(null)));
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
        confirm(account, now);
    }

    private void confirm(UserAccount account, Instant now) {
        if (account.confirmEmail(now)) {
            events.publishEvent(new EmailConfirmed(account.getId()));
        }
    }
}
