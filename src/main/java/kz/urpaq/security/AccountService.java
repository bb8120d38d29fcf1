package kz.urpaq.security;

import kz.urpaq.base.i18n.Language;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccountTokens tokens;
    private final AccountMails mails;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                   Clock clock, AccountTokens tokens, AccountMails mails) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.tokens = tokens;
        this.mails = mails;
    }

    /**
     * A visitor opens an applicant account. The address is unconfirmed until the link mailed to
     * it (in the chosen language) is opened; the mail leaves when the transaction commits.
     *
     * @throws InputRefusedException naming the field: {@code email}, {@code password} or {@code full-name}
     */
    @PreAuthorize("isAnonymous()")
    public AccountSummary register(String email, String rawPassword, String displayName, Language language) {
        AccountRules.checkEmail(email).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        AccountRules.checkPassword(AccountRules.FIELD_PASSWORD, rawPassword).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        AccountRules.checkDisplayName(displayName).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        var normalized = UserAccount.normalizeEmail(email);
        if (accounts.existsByEmail(normalized)) {
            throw new InputRefusedException(AccountRules.FIELD_EMAIL, "account.error.email-taken");
        }
        var account = new UserAccount(normalized, passwordEncoder.encode(rawPassword), displayName,
                EnumSet.of(Role.APPLICANT), clock.instant());
        account.setPreferredLanguage(language);
        account = accounts.saveAndFlush(account);
        mails.sendEmailConfirmation(account, tokens.issue(account.getId(), AccountToken.Purpose.EMAIL_CONFIRMATION,
                AccountLinkService.CONFIRMATION_VALIDITY));
        return AccountSummary.of(account);
    }

    /** The signed-in person changes their password; the current one proves it is them. */
    public void changePassword(String currentPassword, String newPassword) {
        var account = accounts.findById(currentUser.require().accountId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InputRefusedException(AccountRules.FIELD_CURRENT_PASSWORD, "account.error.current-password-wrong");
        }
        AccountRules.checkPassword(AccountRules.FIELD_PASSWORD, newPassword).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        account.changePassword(passwordEncoder.encode(newPassword));
    }

    /** The signed-in person corrects their name as it appears on pages and certificates. */
    public void changeDisplayName(String displayName) {
        AccountRules.checkDisplayName(displayName).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        accounts.findById(currentUser.require().accountId()).orElseThrow().rename(displayName);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> current() {
        return currentUser.get().flatMap(principal -> accounts.findById(principal.accountId()))
                .map(AccountSummary::of);
    }

    public void changeLanguage(Language language) {
        accounts.findById(currentUser.require().accountId())
                .ifPresent(account -> account.setPreferredLanguage(language));
    }

    @Transactional(readOnly = true)
    public Optional<Language> currentLanguage() {
        return currentUser.get()
                .flatMap(principal -> accounts.findById(principal.accountId()))
                .map(UserAccount::getPreferredLanguage);
    }

    /** Whether the signed-in person has confirmed their e-mail address (needed to submit). */
    @Transactional(readOnly = true)
    public boolean isCurrentEmailConfirmed() {
        return currentUser.get()
                .flatMap(principal -> accounts.findById(principal.accountId()))
                .map(UserAccount::isEmailConfirmed)
                .orElse(false);
    }

    /** Marks an account's e-mail as confirmed without a link: accounts an administrator vouches for. */
    @PreAuthorize("hasRole('ADMIN')")
    public void markEmailConfirmed(long accountId) {
        accounts.findById(accountId).ifPresent(account -> account.confirmEmail(clock.instant()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<AccountSummary> search(String text, Pageable pageable) {
        return accounts.search(text.strip(), pageable).map(AccountSummary::of);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean administratorExists() {
        return accounts.existsAdministrator();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email)).map(AccountSummary::of);
    }

    /** Creates an account with the given roles; refuses an e-mail that already has one. */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary create(String email, String rawPassword, String displayName, Set<Role> roles,
                                 Language language) {
        var normalized = UserAccount.normalizeEmail(email);
        if (accounts.existsByEmail(normalized)) {
            throw new IllegalArgumentException("an account with this e-mail exists");
        }
        var account = new UserAccount(normalized, passwordEncoder.encode(rawPassword), displayName, roles,
                clock.instant());
        account.setPreferredLanguage(language);
        return AccountSummary.of(accounts.save(account));
    }

    /** Every account holding the role, by name: e.g. the jurors an administrator may put on a jury panel. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> withRole(Role role) {
        return accounts.findByRole(role).stream().map(AccountSummary::of).toList();
    }

    /**
     * The accounts with these ids (unknown ids are skipped): names on jury panels, and the address
     * and language a reminder to a juror is written for.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> findAllById(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : accounts.findAllById(Set.copyOf(ids)).stream().map(AccountSummary::of).toList();
    }
}
