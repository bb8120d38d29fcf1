package kz.urpaq.testing;

import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.UUID;

/** Creates throw-away accounts with unique e-mails and signs the test thread in as them. */
@Component
public class TestAccounts {

    private final AccountService accounts;
    private final UserDetailsService userDetails;

    TestAccounts(AccountService accounts, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
    }

    public String newAccount(Role role, boolean emailConfirmed) {
        var email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.kz";
        SystemTask.run(() -> {
            var created = accounts.create(email, "password-" + UUID.randomUUID(), "Тест Қатысушы", EnumSet.of(role),
                    Language.KK);
            if (emailConfirmed) {
                accounts.markEmailConfirmed(created.id());
            }
        });
        return email;
    }

    public String newApplicant() {
        return newAccount(Role.APPLICANT, true);
    }

    public void signInAs(String email) {
        var principal = userDetails.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public void signOut() {
        SecurityContextHolder.clearContext();
    }
}
