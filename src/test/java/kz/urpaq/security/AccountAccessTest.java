package kz.urpaq.security;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditEntry;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An administrator gives and takes roles and disables accounts; the rules that keep the portal run. */
@SpringBootTest
class AccountAccessTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    AccountService accountService;

    @Autowired
    AuditService auditService;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    UserAccountRepository accountRepository;

    @Autowired
    AccountDetailsService userDetailsService;

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void signOut() {
        testAccounts.signOut();
    }

    private long id(String email) {
        return SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow().id();
    }

    private List<AuditEntry> audit(AuditAction action, long accountId) {
        return SystemTask.run(() -> auditService.search(
                new AuditFilter(action, "account", accountId, null, null, null), PageRequest.of(0, 10)));
    }

    private static void refused(Runnable change, String field, String messageKey) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(InputRefusedException.class, e -> {
            assertThat(e.refusal().field()).isEqualTo(field);
            assertThat(e.refusal().messageKey()).isEqualTo(messageKey);
        });
    }

    @Test
    void the_role_filter_lists_only_accounts_with_that_role() {
        var marker = UUID.randomUUID().toString();
        var juror = "jury-" + marker + "@example.kz";
        var applicant = "applicant-" + marker + "@example.kz";
        SystemTask.run(() -> {
            accountService.create(juror, PASSWORD, "Қазы", EnumSet.of(Role.JURY), Language.KK);
            accountService.create(applicant, PASSWORD, "Үміткер", EnumSet.of(Role.APPLICANT), Language.KK);
        });

        var jurors = SystemTask.run(() -> accountService.search(marker, Role.JURY, PageRequest.of(0, 20)));
        var applicants = SystemTask.run(() -> accountService.search(marker, Role.APPLICANT, PageRequest.of(0, 20)));
        var everyone = SystemTask.run(() -> accountService.search(marker, null, PageRequest.of(0, 20)));
        var allJurors = SystemTask.run(() -> accountService.search("", Role.JURY, PageRequest.of(0, 50)));

        assertThat(jurors.getContent()).extracting(AccountSummary::email).containsExactly(juror);
        assertThat(applicants.getContent()).extracting(AccountSummary::email).containsExactly(applicant);
        assertThat(everyone.getContent()).extracting(AccountSummary::email).containsExactlyInAnyOrder(juror, applicant);
        assertThat(allJurors.getContent()).isNotEmpty().allSatisfy(a -> assertThat(a.roles()).contains(Role.JURY));
    }

    @Test
    void giving_and_taking_roles_is_audited_with_the_roles_before_and_after() {
        var email = testAccounts.newAccount(Role.APPLICANT, true);
        var id = id(email);

        SystemTask.run(() -> accountService.changeAccess(id, EnumSet.of(Role.APPLICANT, Role.JURY), true));
        SystemTask.run(() -> accountService.changeAccess(id, EnumSet.of(Role.JURY), true));

        assertThat(SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow().roles())
                .containsExactly(Role.JURY);
        assertThat(audit(AuditAction.ROLE_GRANTED, id)).singleElement().satisfies(entry -> {
            assertThat(entry.before()).isEqualTo("APPLICANT");
            assertThat(entry.after()).isEqualTo("APPLICANT,JURY");
            assertThat(entry.actor()).isEqualTo("system");
        });
        assertThat(audit(AuditAction.ROLE_REVOKED, id)).singleElement().satisfies(entry -> {
            assertThat(entry.before()).isEqualTo("APPLICANT,JURY");
            assertThat(entry.after()).isEqualTo("JURY");
        });
        assertThat(audit(AuditAction.ACCOUNT_DISABLED, id)).isEmpty();
    }

    @Test
    void a_change_that_changes_nothing_writes_no_audit_row() {
        var id = id(testAccounts.newAccount(Role.APPLICANT, true));

        SystemTask.run(() -> accountService.changeAccess(id, EnumSet.of(Role.APPLICANT), true));

        assertThat(audit(AuditAction.ROLE_GRANTED, id)).isEmpty();
        assertThat(audit(AuditAction.ROLE_REVOKED, id)).isEmpty();
        assertThat(audit(AuditAction.ACCOUNT_ENABLED, id)).isEmpty();
    }

    @Test
    void an_account_needs_at_least_one_role() {
        var id = id(testAccounts.newAccount(Role.APPLICANT, true));

        refused(() -> SystemTask.run(() -> accountService.changeAccess(id, Set.of(), true)),
                AccountRules.FIELD_ROLES, "users.access.error.no-role");
    }

    @Test
    void a_disabled_account_cannot_sign_in_until_it_is_enabled_again() {
        var email = "disabled-" + UUID.randomUUID() + "@example.kz";
        var id = SystemTask.run(() -> accountService.create(email, PASSWORD, "Әлия", EnumSet.of(Role.APPLICANT),
                Language.KK)).id();
        var provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        var authentication = new ProviderManager(provider);

        SystemTask.run(() -> accountService.changeAccess(id, EnumSet.of(Role.APPLICANT), false));

        assertThatThrownBy(() -> authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)))
                .isInstanceOf(DisabledException.class);
        assertThat(audit(AuditAction.ACCOUNT_DISABLED, id)).singleElement().satisfies(entry -> {
            assertThat(entry.before()).isEqualTo("true");
            assertThat(entry.after()).isEqualTo("false");
        });

        SystemTask.run(() -> accountService.changeAccess(id, EnumSet.of(Role.APPLICANT), true));

        assertThat(authentication.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(email, PASSWORD)).isAuthenticated()).isTrue();
        assertThat(audit(AuditAction.ACCOUNT_ENABLED, id)).hasSize(1);
    }

    @Test
    void an_administrator_cannot_remove_their_own_admin_role_or_disable_themselves() {
        var email = testAccounts.newAccount(Role.ADMIN, true);
        var id = id(email);
        testAccounts.signInAs(email);

        refused(() -> accountService.changeAccess(id, EnumSet.of(Role.JURY), true),
                AccountRules.FIELD_ROLES, "users.access.error.own-admin");
        refused(() -> accountService.changeAccess(id, EnumSet.of(Role.ADMIN), false),
                AccountRules.FIELD_ENABLED, "users.access.error.own-account");
        accountService.changeAccess(id, EnumSet.of(Role.ADMIN, Role.JURY), true);

        var account = SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow();
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.JURY);
        assertThat(account.enabled()).isTrue();
    }

    @Test
    void an_administrator_may_take_the_admin_role_from_another_administrator() {
        var other = id(testAccounts.newAccount(Role.ADMIN, true));
        testAccounts.signInAs(testAccounts.newAccount(Role.ADMIN, true));

        accountService.changeAccess(other, EnumSet.of(Role.JURY), false);

        assertThat(audit(AuditAction.ROLE_REVOKED, other)).hasSize(1);
        assertThat(audit(AuditAction.ACCOUNT_DISABLED, other)).hasSize(1);
    }

    /** Rolled back at the end: the other administrators of the shared test database come back. */
    @Test
    @Transactional
    void the_last_enabled_administrator_keeps_the_admin_role_and_cannot_be_disabled() {
        var last = id(testAccounts.newAccount(Role.ADMIN, true));
        accountRepository.lockEnabledAdministrators().stream()
                .filter(admin -> admin.getId() != last)
                .forEach(admin -> admin.setEnabled(false));

        refused(() -> SystemTask.run(() -> accountService.changeAccess(last, EnumSet.of(Role.JURY), true)),
                AccountRules.FIELD_ROLES, "users.access.error.last-admin");
        refused(() -> SystemTask.run(() -> accountService.changeAccess(last, EnumSet.of(Role.ADMIN), false)),
                AccountRules.FIELD_ENABLED, "users.access.error.last-admin");
        var account = accountRepository.findById(last).orElseThrow();
        assertThat(account.getRoles()).containsExactly(Role.ADMIN);
        assertThat(account.isEnabled()).isTrue();

        var second = id(testAccounts.newAccount(Role.ADMIN, true));
        SystemTask.run(() -> accountService.changeAccess(last, EnumSet.of(Role.JURY), true));
        assertThat(accountRepository.findById(last).orElseThrow().getRoles()).containsExactly(Role.JURY);
        refused(() -> SystemTask.run(() -> accountService.changeAccess(second, EnumSet.of(Role.ADMIN), false)),
                AccountRules.FIELD_ENABLED, "users.access.error.last-admin");
    }

    @Test
    @WithMockUser(roles = AppRoles.APPLICANT)
    void an_applicant_is_refused_by_every_administrator_method() {
        everyAdministratorMethodIsRefused();
    }

    @Test
    @WithMockUser(roles = AppRoles.JURY)
    void a_juror_is_refused_by_every_administrator_method() {
        everyAdministratorMethodIsRefused();
    }

    private void everyAdministratorMethodIsRefused() {
        var page = PageRequest.of(0, 10);
        List<Runnable> calls = List.of(
                () -> accountService.search("", page),
                () -> accountService.search("", Role.JURY, page),
                () -> accountService.inviteJuror("juror@example.kz", "Қазы", Language.KK),
                () -> accountService.changeAccess(1L, EnumSet.of(Role.ADMIN), true),
                () -> accountService.withRole(Role.JURY),
                () -> accountService.findByEmail("admin@urpaq.local"),
                () -> accountService.findAllById(List.of(1L)),
                () -> accountService.markEmailConfirmed(1L),
                () -> accountService.create("x@example.kz", PASSWORD, "X", EnumSet.of(Role.ADMIN), Language.KK),
                accountService::administratorExists);
        for (var call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
    }
}
