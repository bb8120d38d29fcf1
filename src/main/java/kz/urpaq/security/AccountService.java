package kz.urpaq.security;

import kz.urpaq.base.i18n.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final AttemptLimits limits;
    private final StepUp stepUp;
    private final StaffScope scope;
    private final PrivacyAcceptances privacy;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                   Clock clock, AccountTokens tokens, AccountMails mails, ApplicationEventPublisher events,
                   AttemptLimits limits, StepUp stepUp, StaffScope scope, PrivacyAcceptances privacy) {
        this.privacy = privacy;
        this.stepUp = stepUp;
        this.scope = scope;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.tokens = tokens;
        this.mails = mails;
        this.events = events;
        this.limits = limits;
    }

    /**
     * A visitor opens an applicant account. The address is unconfirmed until the link mailed to
     * it (in the chosen language) is opened; the mail leaves when the transaction commits. An
     * address that has an account already is answered the same way, so the page tells a stranger
     * nothing: its owner gets a mail saying someone tried (at most one an hour), and nothing is
     * stored. The password is hashed either way, so both answers take as long.
     *
     * @return the new account, empty when the address had one
     * @throws InputRefusedException naming the field: {@code email} (also when this network address
     *                               registered too many accounts lately), {@code password} or {@code full-name}
     */
    @PreAuthorize("isAnonymous()")
    public Optional<AccountSummary> register(String email, String rawPassword, String displayName, Language language) {
        AccountRules.checkEmail(email).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        AccountRules.checkPassword(AccountRules.FIELD_PASSWORD, rawPassword).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        AccountRules.checkDisplayName(displayName).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        ClientAddress.current().flatMap(address -> limits.take(AttemptLimits.Kind.REGISTRATIONS_PER_ADDRESS, address))
                .ifPresent(wait -> {
                    throw AttemptLimits.refusal(wait);
                });
        var hash = passwordEncoder.encode(rawPassword);
        var normalized = UserAccount.normalizeEmail(email);
        var existing = accounts.findByEmail(normalized);
        if (existing.isPresent()) {
            if (limits.take(AttemptLimits.Kind.NOTICES, "registration-attempt " + normalized).isEmpty()) {
                mails.sendRegistrationAttempt(existing.get());
            }
            return Optional.empty();
        }
        var account = new UserAccount(normalized, hash, displayName, EnumSet.of(Role.APPLICANT), clock.instant());
        account.setPreferredLanguage(language);
        account = accounts.saveAndFlush(account);
        // the registration form's consent box accepts the privacy notice it links to
        privacy.acceptCurrent(account);
        mails.sendEmailConfirmation(account, tokens.issue(account.getId(), AccountToken.Purpose.EMAIL_CONFIRMATION,
                AccountLinkService.CONFIRMATION_VALIDITY));
        return Optional.of(AccountSummary.of(account));
    }

    /**
     * The signed-in person changes their password; the current one proves it is them. The new
     * one must differ: a password someone else chose must really be replaced. Their other
     * sessions end; this one goes on.
     */
    public void changePassword(String currentPassword, String newPassword) {
        var account = accounts.findById(currentUser.require().accountId()).orElseThrow();
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InputRefusedException(AccountRules.FIELD_CURRENT_PASSWORD, "account.error.current-password-wrong");
        }
        AccountRules.checkPassword(AccountRules.FIELD_PASSWORD, newPassword).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        if (newPassword.equals(currentPassword)) {
            throw new InputRefusedException(AccountRules.FIELD_PASSWORD, "account.error.password-unchanged");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        currentUser.carryOverTo(account.getSessionStamp());
        events.publishEvent(new AccountSessionsEnded(account.getId(), account.getEmail(),
                AccountSessionsEnded.Cause.PASSWORD_CHANGED));
        events.publishEvent(AccountSecurityEvent.of(AccountSecurityEvent.Kind.PASSWORD_CHANGED, account,
                ClientAddress.current().orElse(null)));
    }

    /** Whether the signed-in person must choose a new password before doing anything else. */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser.get().flatMap(principal -> accounts.findById(principal.accountId()))
                .map(UserAccount::mustChangePassword)
                .orElse(false);
    }

    /** The account's owner must choose a new password at their next sign-in, before anything else. */
    @PreAuthorize("hasRole('ADMIN')")
    public void requirePasswordChange(long accountId) {
        reachable(accountId).requirePasswordChange();
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
        Optional.of(reachable(accountId)).filter(account -> account.confirmEmail(clock.instant()))
                .ifPresent(account -> events.publishEvent(new EmailConfirmed(accountId)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<AccountSummary> search(String text, Pageable pageable) {
        return search(text, null, pageable);
    }

    /** Accounts whose name or e-mail contains the text, only those holding the role when one is given. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Slice<AccountSummary> search(String text, @Nullable Role role, Pageable pageable) {
        var administered = scope.administered();
        if (administered.everyOrganiser()) {
            var found = role == null ? accounts.search(text.strip(), pageable)
                    : accounts.searchWithRole(text.strip(), role, pageable);
            return found.map(AccountSummary::of);
        }
        if (administered.isEmpty()) {
            return new org.springframework.data.domain.SliceImpl<>(List.of(), pageable, false);
        }
        var found = role == null ? accounts.searchIn(administered.ids(), text.strip(), pageable)
                : accounts.searchInWithRole(administered.ids(), text.strip(), role, pageable);
        return found.map(AccountSummary::of);
    }

    /**
     * Opens a juror account for someone an administrator invites, and mails them (in their
     * language) a link to choose a password, valid {@link AccountLinkService#INVITATION_VALIDITY}.
     * Until they do, the account has a password nobody knows. An address that has an account
     * already is refused: an administrator gives that account the jury role from the list instead.
     *
     * @throws InputRefusedException at {@code email} (invalid, or taken: {@code users.invite.error.has-jury}
     *                               when that account is a juror already, {@code users.invite.error.has-account}
     *                               otherwise) or {@code full-name}
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary inviteJuror(String email, String displayName, Language language) {
        var organiserId = scope.workingOrganiser();
        AccountRules.checkEmail(email).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        AccountRules.checkDisplayName(displayName).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        var normalized = UserAccount.normalizeEmail(email);
        var existing = accounts.findByEmail(normalized);
        if (existing.isPresent()) {
            var known = existing.get();
            if (scope.isMember(organiserId, known.getId(), Role.JURY)) {
                throw new InputRefusedException(AccountRules.FIELD_EMAIL, "users.invite.error.has-jury");
            }
            if (scope.reaches(known.getId())) {
                throw new InputRefusedException(AccountRules.FIELD_EMAIL, "users.invite.error.has-account");
            }
            return joinAsJuror(organiserId, known);
        }
        var account = new UserAccount(normalized, passwordEncoder.encode(AccountTokens.unguessable()), displayName,
                EnumSet.of(Role.JURY), clock.instant());
        account.setPreferredLanguage(language);
        account = accounts.saveAndFlush(account);
        scope.grant(organiserId, account.getId(), Role.JURY);
        mails.sendInvitation(account, tokens.issue(account.getId(), AccountToken.Purpose.INVITATION,
                AccountLinkService.INVITATION_VALIDITY));
        return AccountSummary.of(account);
    }

    /**
     * Someone with an account that this organiser does not know (another region's juror or
     * administrator, say) becomes its juror too, keeping their account and password; their
     * sessions end so that the new role takes effect at their next sign-in.
     */
    private AccountSummary joinAsJuror(long organiserId, UserAccount account) {
        var rolesBefore = account.getRoles();
        scope.grant(organiserId, account.getId(), Role.JURY);
        var roles = EnumSet.copyOf(rolesBefore.isEmpty() ? EnumSet.of(Role.JURY) : rolesBefore);
        roles.add(Role.JURY);
        account.setRoles(roles);
        account.endSessions();
        events.publishEvent(new AccountAccessChanged(organiserId, account.getId(), account.getEmail(), rolesBefore,
                account.getRoles(), account.isEnabled(), account.isEnabled()));
        return AccountSummary.of(account);
    }

    /**
     * Sets an account's roles and whether it may sign in, and audits each change (in this
     * transaction). New roles or disabling end every session of that account. An administrator
     * cannot take their own ADMIN role or disable themselves, and the last enabled administrator
     * keeps both, so someone can always run the portal.
     *
     * @throws InputRefusedException at {@code roles} or {@code enabled}, saying which rule
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary changeAccess(long accountId, Set<Role> roles, boolean enabled) {
        return changeAccess(scope.workingOrganiser(), accountId, roles, enabled);
    }

    /**
     * As {@link #changeAccess(long, Set, boolean)} in the named organiser: ADMIN and JURY are its
     * staff roles there (the account's roles are then those it holds anywhere); APPLICANT is the
     * person's own. Disabling an account that another organiser's staff also reach is refused: the
     * account is theirs too.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary changeAccess(long organiserId, long accountId, Set<Role> roles, boolean enabled) {
        stepUp.require();
        scope.requireAdministrator(organiserId, "organiser.refused.not-found");
        if (roles.isEmpty()) {
            throw new InputRefusedException(AccountRules.FIELD_ROLES, "users.access.error.no-role");
        }
        var administrators = accounts.lockEnabledAdministrators().stream()
                .filter(admin -> scope.isMember(organiserId, admin.getId(), Role.ADMIN)).toList();
        var account = reachable(accountId);
        var rolesBefore = account.getRoles();
        var enabledBefore = account.isEnabled();
        var losesAdmin = scope.isMember(organiserId, accountId, Role.ADMIN) && !roles.contains(Role.ADMIN);
        var self = currentUser.get().filter(principal -> principal.accountId() == accountId).isPresent();
        if (self && losesAdmin) {
            throw new InputRefusedException(AccountRules.FIELD_ROLES, "users.access.error.own-admin");
        }
        if (self && !enabled) {
            throw new InputRefusedException(AccountRules.FIELD_ENABLED, "users.access.error.own-account");
        }
        var isEnabledAdministrator = administrators.stream().anyMatch(admin -> admin.getId() == accountId);
        if (isEnabledAdministrator && administrators.size() == 1 && (losesAdmin || !enabled)) {
            throw new InputRefusedException(losesAdmin ? AccountRules.FIELD_ROLES : AccountRules.FIELD_ENABLED,
                    "users.access.error.last-admin");
        }
        var organisersOfAccount = scope.organisersOf(accountId);
        if (enabledBefore && !enabled && !organisersOfAccount.stream().allMatch(scope::administers)) {
            throw new InputRefusedException(AccountRules.FIELD_ENABLED, "users.access.error.other-organiser");
        }
        for (var staffRole : List.of(Role.ADMIN, Role.JURY)) {
            if (roles.contains(staffRole)) {
                scope.grant(organiserId, accountId, staffRole);
            } else {
                scope.revoke(organiserId, accountId, staffRole);
            }
        }
        var accountRoles = EnumSet.noneOf(Role.class);
        if (roles.contains(Role.APPLICANT)) {
            accountRoles.add(Role.APPLICANT);
        }
        if (rolesBefore.contains(Role.PLATFORM)) {
            accountRoles.add(Role.PLATFORM);
        }
        accountRoles.addAll(scope.staffRolesAnywhere(accountId));
        account.setRoles(accountRoles);
        account.setEnabled(enabled);
        var rolesChanged = !rolesBefore.equals(account.getRoles());
        if (rolesChanged || enabledBefore != enabled) {
            events.publishEvent(new AccountAccessChanged(organiserId, accountId, account.getEmail(), rolesBefore,
                    account.getRoles(), enabledBefore, enabled));
        }
        var disabled = enabledBefore && !enabled;
        if (rolesChanged || disabled) {
            account.endSessions();
            events.publishEvent(new AccountSessionsEnded(accountId, account.getEmail(), disabled
                    ? AccountSessionsEnded.Cause.DISABLED : AccountSessionsEnded.Cause.ROLES_CHANGED));
        }
        return AccountSummary.of(account);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean administratorExists() {
        return accounts.existsAdministrator();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email))
                .filter(account -> scope.reaches(account.getId())).map(AccountSummary::of);
    }

    /**
     * Creates an account with the given roles; refuses an e-mail that already has one.
     *
     * @throws InputRefusedException at {@code email} when the address is not a plain address
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary create(String email, String rawPassword, String displayName, Set<Role> roles,
                                 Language language) {
        return create(scope.workingOrganiser(), email, rawPassword, displayName, roles, language);
    }

    /**
     * As {@link #create(String, String, String, Set, Language)}, its staff roles (ADMIN, JURY) in the
     * named organiser. Only a system task may create a platform administrator.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AccountSummary create(long organiserId, String email, String rawPassword, String displayName,
                                 Set<Role> roles, Language language) {
        scope.requireAdministrator(organiserId, "organiser.refused.not-found");
        refusePlatformRoleUnlessSystem(roles);
        AccountRules.checkEmail(email).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        var normalized = UserAccount.normalizeEmail(email);
        if (accounts.existsByEmail(normalized)) {
            throw new IllegalArgumentException("an account with this e-mail exists");
        }
        var account = new UserAccount(normalized, passwordEncoder.encode(rawPassword), displayName, roles,
                clock.instant());
        account.setPreferredLanguage(language);
        account = accounts.save(account);
        joinOrganiser(organiserId, account.getId(), roles);
        return AccountSummary.of(account);
    }

    /**
     * Creates accounts that share one password, hashing it once (a hash takes a good part of a
     * second by design): demo accounts seeded at start-up. An e-mail that has an account is refused.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AccountSummary> createSharingPassword(java.util.SequencedMap<String, String> namesByEmail,
                                                      String rawPassword, Set<Role> roles, Language language) {
        var organiserId = scope.workingOrganiser();
        refusePlatformRoleUnlessSystem(roles);
        var hash = passwordEncoder.encode(rawPassword);
        var created = new java.util.ArrayList<AccountSummary>();
        namesByEmail.forEach((email, displayName) -> {
            var normalized = UserAccount.normalizeEmail(email);
            if (accounts.existsByEmail(normalized)) {
                throw new IllegalArgumentException("an account with this e-mail exists");
            }
            var account = new UserAccount(normalized, hash, displayName, roles, clock.instant());
            account.setPreferredLanguage(language);
            var saved = accounts.save(account);
            joinOrganiser(organiserId, saved.getId(), roles);
            created.add(AccountSummary.of(saved));
        });
        return List.copyOf(created);
    }

    /** Every account holding the role, by name: e.g. the jurors an administrator may put on a jury panel. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> withRole(Role role) {
        var found = accounts.findByRole(role);
        var reachable = scope.reachable(found.stream().map(UserAccount::getId).toList());
        return found.stream().filter(account -> reachable.contains(account.getId())).map(AccountSummary::of).toList();
    }

    /**
     * The account's roles as the caller's organiser sees them: APPLICANT (the person's own) and
     * the staff roles held in that organiser.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Set<Role> rolesHere(long accountId) {
        var organiserId = scope.workingOrganiser();
        var account = reachable(accountId);
        var roles = EnumSet.noneOf(Role.class);
        if (account.hasRole(Role.APPLICANT)) {
            roles.add(Role.APPLICANT);
        }
        for (var role : List.of(Role.ADMIN, Role.JURY)) {
            if (scope.isMember(organiserId, accountId, role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The accounts holding the role in an organiser the caller administers: the jurors it may put on panels. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> members(long organiserId, Role role) {
        var ids = scope.members(organiserId, role);
        return ids.isEmpty() ? List.of() : accounts.findAllById(ids).stream()
                .sorted(java.util.Comparator.comparing(UserAccount::getDisplayName).thenComparing(UserAccount::getId))
                .map(AccountSummary::of).toList();
    }

    /**
     * The platform administrator makes someone an administrator of an organiser (its first one,
     * usually). An address with no account gets one and an invitation to choose a password, as a
     * juror does; an existing account gains the role and its sessions end so that it takes effect.
     * Asks for step-up; audited in the organiser's trail.
     */
    @PreAuthorize("hasRole('PLATFORM')")
    public AccountSummary appointAdministrator(long organiserId, String email, String displayName, Language language) {
        stepUp.require();
        AccountRules.checkEmail(email).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        AccountRules.checkDisplayName(displayName).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        var normalized = UserAccount.normalizeEmail(email);
        var existing = accounts.findByEmail(normalized);
        UserAccount account;
        Set<Role> rolesBefore;
        if (existing.isPresent()) {
            account = existing.get();
            rolesBefore = account.getRoles();
            var roles = EnumSet.copyOf(rolesBefore);
            roles.add(Role.ADMIN);
            account.setRoles(roles);
            account.endSessions();
        } else {
            rolesBefore = Set.of();
            account = new UserAccount(normalized, passwordEncoder.encode(AccountTokens.unguessable()), displayName,
                    EnumSet.of(Role.ADMIN), clock.instant());
            account.setPreferredLanguage(language);
            account = accounts.saveAndFlush(account);
            mails.sendInvitation(account, tokens.issue(account.getId(), AccountToken.Purpose.INVITATION,
                    AccountLinkService.INVITATION_VALIDITY));
        }
        scope.grant(organiserId, account.getId(), Role.ADMIN);
        events.publishEvent(new AccountAccessChanged(organiserId, account.getId(), account.getEmail(), rolesBefore,
                account.getRoles(), account.isEnabled(), account.isEnabled()));
        return AccountSummary.of(account);
    }

    /**
     * The accounts with these ids (unknown ids are skipped): names on jury panels, and the address
     * and language a reminder to a juror is written for.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> findAllById(Collection<Long> ids) {
        var reachable = scope.reachable(ids);
        return reachable.isEmpty() ? List.of() : accounts.findAllById(reachable).stream().map(AccountSummary::of).toList();
    }

    /** An account known to an organiser the caller administers; any other is "not found". */
    private UserAccount reachable(long accountId) {
        return accounts.findById(accountId).filter(account -> scope.reaches(account.getId()))
                .orElseThrow(() -> new kz.urpaq.base.domain.NoSuchRecordException("users.refused.not-found"));
    }

    /**
     * An account an organiser's administrator creates belongs to that organiser in each of its
     * roles (an applicant they register included, so that they find it again); the platform role
     * belongs to no organiser.
     */
    private void joinOrganiser(long organiserId, long accountId, Set<Role> roles) {
        roles.stream().filter(role -> role != Role.PLATFORM).forEach(role -> scope.grant(organiserId, accountId, role));
    }

    /** Platform administrators come from start-up work only (the first administrator, the demo). */
    private void refusePlatformRoleUnlessSystem(Set<Role> roles) {
        if (roles.contains(Role.PLATFORM) && !scope.administered().everyOrganiser()) {
            throw new org.springframework.security.access.AccessDeniedException("only a system task makes platform administrators");
        }
    }
}
