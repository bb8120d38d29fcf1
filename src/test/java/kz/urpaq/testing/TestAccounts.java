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

    private static final java.util.Random RANDOM = new java.security.SecureRandom();

    private final AccountService accounts;
    private final UserDetailsService userDetails;
    private final kz.urpaq.applicant.ApplicantProfileService profiles;
    private final kz.urpaq.security.PrivacyNoticeService privacyNotices;

    TestAccounts(AccountService accounts, UserDetailsService userDetails,
                 kz.urpaq.applicant.ApplicantProfileService profiles,
                 kz.urpaq.security.PrivacyNoticeService privacyNotices) {
        this.privacyNotices = privacyNotices;
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.profiles = profiles;
    }

    /** Each account's password, for the tests that type it again (step-up). */
    private final java.util.Map<String, String> passwords = new java.util.concurrent.ConcurrentHashMap<>();

    /** An account; an applicant's has accepted the current privacy notice, as anyone signed up has. */
    public String newAccount(Role role, boolean emailConfirmed) {
        var email = newAccountWithoutPrivacyAcceptance(role, emailConfirmed);
        if (role == Role.APPLICANT) {
            acceptPrivacyNoticeAs(email);
        }
        return email;
    }

    /** The account accepts the current privacy notice, as its owner would at the sign-in it asks at. */
    public void acceptPrivacyNoticeAs(String email) {
        var previous = SecurityContextHolder.getContext();
        signInAs(email);
        try {
            privacyNotices.accept(kz.urpaq.security.PrivacyNotice.CURRENT_VERSION);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** An account as staff create it, before its owner signed in: an applicant's still has to accept the notice. */
    public String newAccountWithoutPrivacyAcceptance(Role role, boolean emailConfirmed) {
        var email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@example.kz";
        var password = "password-" + UUID.randomUUID();
        passwords.put(email, password);
        SystemTask.run(() -> {
            var created = accounts.create(email, password, "Тест Қатысушы", EnumSet.of(role),
                    Language.KK);
            if (emailConfirmed) {
                accounts.markEmailConfirmed(created.id());
            }
        });
        return email;
    }

    /** An applicant with a confirmed address and a complete profile (a fresh valid IIN, aged 22). */
    public String newApplicant() {
        return newApplicantLivingIn(kz.urpaq.applicant.District.TALGAR);
    }

    /** As {@link #newApplicant()}, living in the given district, town or region. */
    public String newApplicantLivingIn(kz.urpaq.applicant.District district) {
        return newApplicant(district, java.time.LocalDate.of(2004, 1, 1).plusDays(RANDOM.nextInt(365)));
    }

    /**
     * An applicant with a confirmed address and a complete profile, born on the given day; one
     * under 18 today names a guardian in the profile, as the form asks.
     */
    public String newApplicant(kz.urpaq.applicant.District district, java.time.LocalDate birthDate) {
        var email = newAccount(Role.APPLICANT, true);
        var accountId = SystemTask.run(() -> accounts.findByEmail(email)).orElseThrow().id();
        var minor = kz.urpaq.applicant.AgeRule.isMinorOn(birthDate, profiles.today());
        for (int attempt = 0; ; attempt++) {
            var iin = kz.urpaq.applicant.Iin.of(birthDate, RANDOM.nextBoolean(), RANDOM.nextInt(10_000));
            if (iin.isEmpty()) {
                continue;
            }
            try {
                SystemTask.run(() -> profiles.createFor(accountId, new kz.urpaq.applicant.ApplicantProfileSpec(
                        "Тест Қатысушы", iin.get().digits(), birthDate, "+7 701 234 56 78",
                        district, "№ 1 мектеп", Language.KK, minor ? "Ата-анасы Тест" : "",
                        minor ? "+7 701 234 56 79" : "", minor, true)));
                return email;
            } catch (kz.urpaq.security.InputRefusedException taken) {
                if (attempt > 20) {
                    throw taken;
                }
            }
        }
    }

    public String passwordOf(String email) {
        return passwords.get(email);
    }

    /** The account as a sign-in would read it now. */
    public org.springframework.security.core.userdetails.UserDetails principal(String email) {
        return userDetails.loadUserByUsername(email);
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
