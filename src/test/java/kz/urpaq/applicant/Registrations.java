package kz.urpaq.applicant;

import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import kz.urpaq.security.SystemTask;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Registers applicants for tests and switches who is signed in. */
record Registrations(RegistrationService registration, ApplicantProfileService profiles,
                     UserDetailsService userDetails, AccountService accounts) {

    static final String PASSWORD = "Ұрпақ-жоба-2026";

    static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.kz";
    }

    static ApplicantProfileSpec adult(String iin, LocalDate birthDate) {
        return new ApplicantProfileSpec("Әлия Серікқызы", iin, birthDate, "8 701 123-45-67", District.KARASAI,
                "Қаскелең қаласының № 1 мектебі", Language.KK, "", "", false, true);
    }

    static ApplicantProfileSpec minor(String iin, LocalDate birthDate) {
        return new ApplicantProfileSpec("Ерасыл Бекұлы", iin, birthDate, "+77071234567", District.TALGAR,
                "Талғар қаласының № 3 гимназиясы", Language.RU, "Бек Сапаров", "87019876543", true, true);
    }

    /** A birth date well inside the current competition's band, 19 to 25 on its deadline. */
    LocalDate adultBirthDate() {
        var rule = profiles.ageRule().orElseThrow();
        return rule.onDate().minusYears(25).plusDays(ThreadLocalRandom.current().nextInt(365 * 6));
    }

    /** A birth date of someone 15 or 16 today, hence in the band and under 18. */
    LocalDate minorBirthDate() {
        return profiles.today().minusYears(17).plusDays(1 + ThreadLocalRandom.current().nextInt(365 * 2 - 2));
    }

    AccountSummary registerAdult(String email, String iin, LocalDate birthDate) {
        anonymous();
        registration.register(email, PASSWORD, adult(iin, birthDate));
        return account(email);
    }

    AccountSummary account(String email) {
        return SystemTask.run(() -> accounts.findByEmail(email)).orElseThrow();
    }

    /** Confirms the address as the mailed link would: the profile then claims its IIN. */
    void confirm(String email) {
        var id = account(email).id();
        SystemTask.run(() -> accounts.markEmailConfirmed(id));
    }

    static void anonymous() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    void signInAs(String email) {
        var principal = userDetails.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
