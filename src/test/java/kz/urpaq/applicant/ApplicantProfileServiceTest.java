package kz.urpaq.applicant;

import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may read and change an applicant's profile: the applicant and administrators only. */
@SpringBootTest
class ApplicantProfileServiceTest {

    @Autowired
    RegistrationService registration;

    @Autowired
    ApplicantProfileService profiles;

    @Autowired
    AccountService accountService;

    @Autowired
    kz.urpaq.competition.CompetitionService competitions;

    @Autowired
    kz.urpaq.organiser.OrganiserService organisers;

    @Autowired
    kz.urpaq.submission.ApplicationService applications;

    @Autowired
    UserDetailsService userDetails;

    private Registrations registrations;

    @BeforeEach
    void setUp() {
        registrations = new Registrations(registration, profiles, userDetails, accountService);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_applicant_reads_only_their_own_profile() {
        var first = Registrations.email("own-a");
        var second = Registrations.email("own-b");
        var firstBirth = registrations.adultBirthDate();
        var secondBirth = registrations.adultBirthDate();
        var firstIin = TestIins.random(firstBirth);
        var secondIin = TestIins.random(secondBirth);
        registrations.registerAdult(first, firstIin, firstBirth);
        registrations.registerAdult(second, secondIin, secondBirth);

        registrations.signInAs(first);
        assertThat(profiles.myProfile()).get().extracting(p -> p.iin().digits()).isEqualTo(firstIin);
        registrations.signInAs(second);
        assertThat(profiles.myProfile()).get().extracting(p -> p.iin().digits()).isEqualTo(secondIin);
        assertThatThrownBy(() -> profiles.findByAccountId(
                SystemTask.run(() -> accountService.findByEmail(first)).orElseThrow().id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_juror_and_a_visitor_cannot_read_profiles() {
        var email = Registrations.email("private");
        var birthDate = registrations.adultBirthDate();
        var id = registrations.registerAdult(email, TestIins.random(birthDate), birthDate).id();

        registrations.signInAs("jury.science1@urpaq.local");
        assertThatThrownBy(profiles::myProfile).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.findByAccountId(id)).isInstanceOf(AccessDeniedException.class);

        Registrations.anonymous();
        assertThatThrownBy(profiles::myProfile).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.findByAccountId(id)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_reads_the_profile_with_the_whole_iin_once_the_person_applies_to_their_organisers_round() {
        var email = Registrations.email("admin-reads");
        var birthDate = registrations.adultBirthDate();
        var iin = TestIins.random(birthDate);
        var id = registrations.registerAdult(email, iin, birthDate).id();
        registrations.signInAs("admin@urpaq.local");
        assertThat(profiles.findByAccountId(id)).as("registered, applied nowhere: no organiser's").isEmpty();

        registrations.signInAs(email);
        var round = competitions.acceptingSubmissions().stream()
                .filter(c -> c.organiserId() == organisers.defaultOrganiserId()).findFirst().orElseThrow();
        applications.start(round.id());
        registrations.signInAs("admin@urpaq.local");

        assertThat(profiles.findByAccountId(id)).get().extracting(p -> p.iin().digits()).isEqualTo(iin);
    }

    @Test
    void an_applicant_without_a_profile_completes_it_once_and_then_the_iin_and_birth_date_stay() {
        var email = Registrations.email("complete");
        SystemTask.run(() -> accountService.create(email, Registrations.PASSWORD, "Дана Әбенова",
                EnumSet.of(Role.APPLICANT), Language.KK));
        registrations.signInAs(email);
        assertThat(profiles.myProfile()).isEmpty();
        var birthDate = registrations.adultBirthDate();
        var iin = TestIins.random(birthDate);

        var withoutConsent = Registrations.adult(iin, birthDate);
        assertThatThrownBy(() -> profiles.saveMyProfile(new ApplicantProfileSpec(withoutConsent.fullName(), iin,
                birthDate, withoutConsent.phone(), withoutConsent.district(), withoutConsent.placeOfStudy(),
                Language.EN, "", "", false, false))).isInstanceOf(InputRefusedException.class);
        profiles.saveMyProfile(withoutConsent);

        var otherBirth = birthDate.minusDays(3);
        profiles.saveMyProfile(new ApplicantProfileSpec("Дана Әбенқызы", TestIins.random(otherBirth), otherBirth,
                "+7 747 000 11 22", District.KEGEN, "Кеген колледжі", Language.EN, "", "", false, false));

        var saved = profiles.myProfile().orElseThrow();
        assertThat(saved.iin().digits()).isEqualTo(iin);
        assertThat(saved.birthDate()).isEqualTo(birthDate);
        assertThat(saved.phone()).isEqualTo("+7 747 000 11 22");
        assertThat(saved.district()).isEqualTo(District.KEGEN);
        assertThat(saved.placeOfStudy()).isEqualTo("Кеген колледжі");
        assertThat(accountService.current()).get().satisfies(account -> {
            assertThat(account.displayName()).isEqualTo("Дана Әбенқызы");
            assertThat(account.language()).isEqualTo(Language.EN);
        });
    }

    @Test
    void a_confirmed_applicant_cannot_take_an_iin_another_confirmed_account_holds() {
        var birthDate = registrations.adultBirthDate();
        var iin = TestIins.random(birthDate);
        var holder = Registrations.email("holder");
        registrations.registerAdult(holder, iin, birthDate);
        registrations.confirm(holder);
        var email = Registrations.email("taker");
        SystemTask.run(() -> accountService.create(email, Registrations.PASSWORD, "Басқа адам",
                EnumSet.of(Role.APPLICANT), Language.KK));
        registrations.confirm(email);
        registrations.signInAs(email);

        assertThatThrownBy(() -> profiles.saveMyProfile(Registrations.adult(iin, birthDate)))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.refusal().messageKey()).isEqualTo("iin.error.taken"));
    }
}
