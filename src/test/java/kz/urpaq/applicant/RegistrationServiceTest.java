package kz.urpaq.applicant;

import kz.urpaq.notification.MailLog;
import kz.urpaq.security.AccountLinkService;
import kz.urpaq.security.AccountRules;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

@SpringBootTest
class RegistrationServiceTest {

    @Autowired
    RegistrationService registration;

    @Autowired
    ApplicantProfileService profiles;

    @Autowired
    ApplicantProfiles store;

    @Autowired
    AccountService accountService;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    MailLog mailLog;

    @Autowired
    AccountLinkService links;

    private Registrations registrations;

    @BeforeEach
    void setUp() {
        registrations = new Registrations(registration, profiles, userDetails, accountService);
        Registrations.anonymous();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private InputRefusedException refusal(String email, ApplicantProfileSpec spec) {
        Registrations.anonymous();
        var thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> registration.register(email, Registrations.PASSWORD, spec));
        assertThat(thrown).isInstanceOf(InputRefusedException.class);
        return (InputRefusedException) thrown;
    }

    private void assertRefused(ApplicantProfileSpec spec, String field, String messageKey) {
        var email = Registrations.email("refused");
        var refused = refusal(email, spec);
        assertThat(refused.refusal().field()).isEqualTo(field);
        assertThat(refused.refusal().messageKey()).isEqualTo(messageKey);
        assertThat(SystemTask.run(() -> accountService.findByEmail(email))).as("no account is left behind").isEmpty();
    }

    @Test
    void registration_creates_the_applicant_account_and_profile_and_mails_the_confirmation_link() {
        var email = Registrations.email("register");
        var birthDate = registrations.adultBirthDate();
        var iin = TestIins.random(birthDate);

        var account = registrations.registerAdult(email, iin, birthDate);

        assertThat(account.roles()).containsExactly(Role.APPLICANT);
        assertThat(account.displayName()).isEqualTo("Әлия Серікқызы");
        assertThat(mailLog.to(email)).hasSize(1);
        assertThat(mailLog.to(email).getFirst().body()).contains("/confirm-email/").doesNotContain(iin);
        registrations.signInAs(email);
        assertThat(accountService.isCurrentEmailConfirmed()).isFalse();
        var profile = profiles.myProfile().orElseThrow();
        assertThat(profile.iin().digits()).isEqualTo(iin);
        assertThat(profile.birthDate()).isEqualTo(birthDate);
        assertThat(profile.phone()).isEqualTo("+7 701 123 45 67");
        assertThat(profile.district()).isEqualTo(District.KARASAI);
        assertThat(profile.guardianName()).isNull();
        assertThat(profile.consentAt()).isNotNull();
    }

    @Test
    void a_taken_address_is_answered_like_a_new_one_and_its_owner_is_told_by_mail() {
        var email = Registrations.email("same");
        var birthDate = registrations.adultBirthDate();
        var owner = registrations.registerAdult(email, TestIins.random(birthDate), birthDate);
        var otherIin = TestIins.random(birthDate);

        Registrations.anonymous();
        registration.register(" " + email.toUpperCase(), Registrations.PASSWORD, Registrations.adult(otherIin, birthDate));

        assertThat(registrations.account(email)).isEqualTo(owner);
        assertThat(mailLog.to(email)).hasSize(2);
        assertThat(mailLog.to(email).getLast().body()).contains("/login", "/forgot-password")
                .doesNotContain("/confirm-email/", otherIin);
        Registrations.anonymous();
        registration.register(email, Registrations.PASSWORD, Registrations.adult(otherIin, birthDate));
        assertThat(mailLog.to(email)).as("at most one such mail an hour").hasSize(2);
        registrations.signInAs(email);
        assertThat(profiles.myProfile().orElseThrow().iin().digits()).as("nothing was stored").isNotEqualTo(otherIin);
        registrations.registerAdult(Registrations.email("other"), otherIin, birthDate);
    }

    @Test
    void a_taken_iin_is_answered_like_a_free_one_and_said_only_once_the_address_is_confirmed() {
        var birthDate = registrations.adultBirthDate();
        var iin = TestIins.random(birthDate);
        var holder = Registrations.email("holder");
        registrations.registerAdult(holder, iin, birthDate);
        registrations.confirm(holder);
        var stranger = Registrations.email("stranger");

        registrations.registerAdult(stranger, iin, birthDate);

        assertThat(mailLog.to(stranger)).hasSize(1);
        assertThat(mailLog.to(stranger).getFirst().body()).contains("/confirm-email/").doesNotContain(iin);
        registrations.signInAs(stranger);
        assertThat(profiles.myProfile()).as("before confirmation it looks like any registration").isPresent();

        Registrations.anonymous();
        assertThat(links.confirmEmail(confirmationToken(stranger))).isTrue();

        registrations.signInAs(stranger);
        assertThat(profiles.myProfile()).as("asked for the details again").isEmpty();
        assertThatThrownBy(() -> profiles.saveMyProfile(Registrations.adult(iin, birthDate)))
                .isInstanceOfSatisfying(InputRefusedException.class, refused -> {
                    assertThat(refused.refusal().field()).isEqualTo(ApplicantRules.FIELD_IIN);
                    assertThat(refused.refusal().messageKey()).isEqualTo("iin.error.taken");
                });
        registrations.signInAs(holder);
        assertThat(profiles.myProfile().orElseThrow().iin().digits()).isEqualTo(iin);
    }

    @Test
    void an_iin_belongs_to_the_first_account_whose_address_is_confirmed() {
        var birthDate = registrations.adultBirthDate();
        var iin = TestIins.random(birthDate);
        var early = Registrations.email("early");
        var confirmsFirst = Registrations.email("confirms-first");
        registrations.registerAdult(early, iin, birthDate);
        registrations.registerAdult(confirmsFirst, iin, birthDate);

        registrations.confirm(confirmsFirst);
        registrations.confirm(early);

        registrations.signInAs(confirmsFirst);
        assertThat(profiles.myProfile().orElseThrow().iin().digits()).isEqualTo(iin);
        registrations.signInAs(early);
        assertThat(profiles.myProfile()).isEmpty();
    }

    @Test
    void one_network_address_registers_only_so_many_accounts_an_hour_whatever_the_addresses() {
        var birthDate = registrations.adultBirthDate();
        var taken = Registrations.email("taken");
        registrations.registerAdult(taken, TestIins.random(birthDate), birthDate);
        fromNetworkAddress("198.51.100." + ThreadLocalRandom.current().nextInt(1, 255), () -> {
            for (int i = 0; i < 10; i++) {
                registrations.registerAdult(i % 2 == 0 ? taken : Registrations.email("burst"),
                        TestIins.random(birthDate), birthDate);
            }
            for (var email : new String[]{taken, Registrations.email("eleventh")}) {
                var refused = refusal(email, Registrations.adult(TestIins.random(birthDate), birthDate));
                assertThat(refused.refusal().field()).isEqualTo(AccountRules.FIELD_EMAIL);
                assertThat(refused.refusal().messageKey()).isEqualTo("account.error.too-many-attempts");
            }
        });
        fromNetworkAddress("203.0.113." + ThreadLocalRandom.current().nextInt(1, 255), () ->
                registrations.registerAdult(Registrations.email("elsewhere"), TestIins.random(birthDate), birthDate));
    }

    private static void fromNetworkAddress(String address, Runnable registering) {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var previous = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            registering.run();
        } finally {
            RequestContextHolder.setRequestAttributes(previous);
        }
    }

    private String confirmationToken(String email) {
        var matcher = Pattern.compile("/confirm-email/([A-Za-z0-9_-]{43})").matcher(mailLog.to(email).getLast().body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void every_iin_failure_has_its_own_message() {
        var birthDate = registrations.adultBirthDate();
        var iin = TestIins.random(birthDate);

        assertRefused(Registrations.adult(TestIins.withWrongCheckDigit(iin), birthDate), ApplicantRules.FIELD_IIN,
                "iin.error.wrong-check-digit");
        assertRefused(Registrations.adult(iin.substring(0, 6) + "9" + iin.substring(7), birthDate),
                ApplicantRules.FIELD_IIN, "iin.error.century-digit");
        assertRefused(Registrations.adult("9902303" + iin.substring(7), birthDate), ApplicantRules.FIELD_IIN,
                "iin.error.impossible-date");
        assertRefused(Registrations.adult("12345", birthDate), ApplicantRules.FIELD_IIN,
                "iin.error.not-twelve-digits");
        assertRefused(Registrations.adult(iin, birthDate.plusDays(1)), ApplicantRules.FIELD_IIN,
                "iin.error.birth-date-mismatch");
    }

    @Test
    void exactly_the_minimum_age_on_the_deadline_day_is_allowed_and_one_day_short_is_refused() {
        var rule = profiles.ageRule().orElseThrow();
        var youngest = rule.onDate().minusYears(rule.minAge());
        var tooYoung = youngest.plusDays(1);

        var refused = refusal(Registrations.email("young"),
                Registrations.minor(TestIins.random(tooYoung), tooYoung));
        assertThat(refused.refusal().field()).isEqualTo(ApplicantRules.FIELD_BIRTH_DATE);
        assertThat(refused.refusal().messageKey()).isEqualTo("age.error.too-young");
        assertThat(refused.refusal().args()).containsExactly(rule.minAge(), rule.maxAge(),
                rule.onDate().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));

        Registrations.anonymous();
        registration.register(Registrations.email("youngest"), Registrations.PASSWORD,
                Registrations.minor(TestIins.random(youngest), youngest));
    }

    @Test
    void older_than_the_maximum_age_on_the_deadline_is_refused() {
        var rule = profiles.ageRule().orElseThrow();
        var tooOld = rule.onDate().minusYears(rule.maxAge() + 1);
        var oldest = tooOld.plusDays(1);

        assertRefused(Registrations.adult(TestIins.random(tooOld), tooOld), ApplicantRules.FIELD_BIRTH_DATE,
                "age.error.too-old");
        registrations.registerAdult(Registrations.email("oldest"), TestIins.random(oldest), oldest);
    }

    @Test
    void minors_need_a_guardians_name_phone_and_confirmation() {
        var birthDate = registrations.minorBirthDate();
        var iin = TestIins.random(birthDate);
        var complete = Registrations.minor(iin, birthDate);

        assertRefused(new ApplicantProfileSpec(complete.fullName(), iin, birthDate, complete.phone(),
                complete.district(), complete.placeOfStudy(), complete.language(), " ", complete.guardianPhone(),
                true, true), ApplicantRules.FIELD_GUARDIAN_NAME, "guardian.error.name-required");
        assertRefused(new ApplicantProfileSpec(complete.fullName(), iin, birthDate, complete.phone(),
                complete.district(), complete.placeOfStudy(), complete.language(), complete.guardianName(), "123",
                true, true), ApplicantRules.FIELD_GUARDIAN_PHONE, "phone.error.invalid");
        assertRefused(new ApplicantProfileSpec(complete.fullName(), iin, birthDate, complete.phone(),
                complete.district(), complete.placeOfStudy(), complete.language(), complete.guardianName(),
                complete.guardianPhone(), false, true), ApplicantRules.FIELD_GUARDIAN_CONFIRMED,
                "guardian.error.confirmation-required");

        var email = Registrations.email("minor");
        Registrations.anonymous();
        registration.register(email, Registrations.PASSWORD, complete);
        registrations.signInAs(email);
        var profile = profiles.myProfile().orElseThrow();
        assertThat(profile.guardianName()).isEqualTo("Бек Сапаров");
        assertThat(profile.guardianPhone()).isEqualTo("+7 701 987 65 43");
        assertThat(profile.guardianConsentAt()).isNotNull();
    }

    @Test
    void consent_to_personal_data_processing_is_required() {
        var birthDate = registrations.adultBirthDate();
        var spec = Registrations.adult(TestIins.random(birthDate), birthDate);

        assertRefused(new ApplicantProfileSpec(spec.fullName(), spec.iin(), birthDate, spec.phone(), spec.district(),
                spec.placeOfStudy(), spec.language(), "", "", false, false), ApplicantRules.FIELD_CONSENT,
                "consent.error.required");
    }

    @Test
    void common_short_and_too_long_passwords_are_refused() {
        var birthDate = registrations.adultBirthDate();
        var spec = Registrations.adult(TestIins.random(birthDate), birthDate);
        for (var password : new String[]{"Sunshine", "iloveyou", "kiltiq1", "ж".repeat(129)}) {
            Registrations.anonymous();
            assertThatThrownBy(() -> registration.register(Registrations.email("weak"), password, spec))
                    .as(password)
                    .asInstanceOf(type(InputRefusedException.class))
                    .satisfies(e -> assertThat(e.refusal().field()).isEqualTo(AccountRules.FIELD_PASSWORD));
        }
    }

    @Test
    void an_address_that_names_a_second_recipient_is_refused_and_no_mail_leaves() {
        var birthDate = registrations.adultBirthDate();
        var spec = Registrations.adult(TestIins.random(birthDate), birthDate);
        for (var email : new String[]{"x<victim@corp.kz>", "a@b.c,admin", "me@test.urpaq.local;victim@corp.kz",
                "\"victim@corp.kz\"@test.urpaq.local", "victim@corp.kz (me@test.urpaq.local)"}) {
            var refused = refusal(email, spec);

            assertThat(refused.refusal().field()).as(email).isEqualTo(AccountRules.FIELD_EMAIL);
            assertThat(refused.refusal().messageKey()).as(email).isEqualTo("account.error.email-invalid");
        }
        assertThat(mailLog.to("victim@corp.kz")).isEmpty();
    }

    @Test
    void a_signed_in_person_cannot_register_another_account() {
        registrations.signInAs("aruzhan@urpaq.local");
        var birthDate = registrations.adultBirthDate();

        assertThatThrownBy(() -> registration.register(Registrations.email("again"), Registrations.PASSWORD,
                Registrations.adult(TestIins.random(birthDate), birthDate)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void the_iin_never_reaches_the_log(CapturedOutput output) {
        var email = Registrations.email("log");
        var birthDate = registrations.adultBirthDate();
        var iin = TestIins.random(birthDate);

        registrations.registerAdult(email, iin, birthDate);
        registrations.confirm(email);
        registrations.registerAdult(Registrations.email("log-again"), iin, birthDate);
        refusal(Registrations.email("log-mismatch"), Registrations.adult(iin, birthDate.minusDays(1)));
        var stranger = SystemTask.run(() -> accountService.create(Registrations.email("race"), Registrations.PASSWORD,
                "Race", EnumSet.of(Role.APPLICANT), kz.urpaq.base.i18n.Language.KK));
        assertThatThrownBy(() -> store.saveAndFlush(racing(stranger.id(), iin)))
                .isInstanceOf(InputRefusedException.class);

        assertThat(output.getAll()).as("the registration mail was logged, so the log was captured")
                .contains("--- mail to " + email);
        assertThat(output.getAll()).doesNotContain(iin);
    }

    /** A second profile with an IIN already stored, as a race past the check would write it. */
    private static ApplicantProfile racing(long accountId, String iin) {
        var profile = new ApplicantProfile(accountId, Iin.parse(iin), java.time.Instant.now());
        profile.update("+7 701 000 00 00", District.ILE, "Іле", java.time.Instant.now());
        return profile;
    }
}
