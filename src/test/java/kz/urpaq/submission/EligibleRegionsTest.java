package kz.urpaq.submission;

import kz.urpaq.applicant.District;
import kz.urpaq.base.domain.Region;
import kz.urpaq.competition.CompetitionRefusedException;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A region's round takes its residents; the national round takes everyone (docs/domain.md §17). */
@SpringBootTest
class EligibleRegionsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationService applications;

    @Autowired
    CompetitionSetupService setup;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private long openRound(Set<Region> regions) {
        var id = TestApplications.openCompetition(context, clock.instant());
        SystemTask.run(() -> setup.setEligibleRegions(id, regions));
        return id;
    }

    @Test
    void a_resident_of_atyrau_is_told_which_regions_a_regional_round_takes_and_may_apply_to_the_national_one() {
        var almatyRound = openRound(Set.of(Region.ALMATY_REGION));
        var nationalRound = openRound(Set.of());
        accounts.signInAs(accounts.newApplicantLivingIn(District.ATYRAU_REGION));

        assertThatThrownBy(() -> applications.start(almatyRound)).isInstanceOfSatisfying(
                ApplicationRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(ApplicationRefusedException.Reason.REGION_NOT_ELIGIBLE);
                    assertThat(((kz.urpaq.base.domain.LocalizedText) refused.arguments()[0]).in(Locale.ROOT))
                            .isEqualTo("Алматы облысы");
                });
        assertThat(applications.mine()).noneMatch(a -> a.competitionId() == almatyRound);

        var started = applications.start(nationalRound);
        assertThat(applications.checklist(started)).doesNotContain(MissingItem.RESIDENCE_NOT_ELIGIBLE);
    }

    @Test
    void a_resident_of_an_almaty_district_applies_to_the_regions_round() {
        var almatyRound = openRound(Set.of(Region.ALMATY_REGION, Region.ALMATY_CITY));
        accounts.signInAs(accounts.newApplicantLivingIn(District.KARASAI));

        var started = applications.start(almatyRound);

        assertThat(applications.checklist(started)).doesNotContain(MissingItem.RESIDENCE_NOT_ELIGIBLE);
    }

    @Test
    void once_someone_has_started_the_regions_can_only_be_widened_while_the_round_is_open() {
        var round = openRound(Set.of(Region.ALMATY_REGION));
        accounts.signInAs(accounts.newApplicantLivingIn(District.TALGAR));
        applications.start(round);
        accounts.signOut();

        SystemTask.run(() -> {
            assertThatThrownBy(() -> setup.setEligibleRegions(round, Set.of(Region.ATYRAU)))
                    .isInstanceOfSatisfying(CompetitionRefusedException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("competition.refused.regions-narrowed"));
            assertThat(setup.overview(round).eligibleRegions()).containsExactly(Region.ALMATY_REGION);

            assertThat(setup.setEligibleRegions(round, Set.of(Region.ALMATY_REGION, Region.ATYRAU)).eligibleRegions())
                    .containsExactlyInAnyOrder(Region.ALMATY_REGION, Region.ATYRAU);
            assertThat(setup.setEligibleRegions(round, Set.of()).eligibleRegions()).as("every region").isEmpty();
        });
    }

    @Test
    void each_round_has_its_own_age_band_and_a_22_year_old_is_told_the_band_of_a_school_round() {
        var schoolRound = openRound(Set.of());
        context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("update competition set min_age = 14, max_age = 18, submission_deadline = :late, review_deadline = :review"
                        + " where id = :id")
                .param("late", java.sql.Timestamp.from(clock.instant().plus(java.time.Duration.ofDays(400))))
                .param("review", java.sql.Timestamp.from(clock.instant().plus(java.time.Duration.ofDays(421))))
                .param("id", schoolRound).update(); // the latest deadline: never the current round of other tests
        var openToAll = openRound(Set.of());
        accounts.signInAs(accounts.newApplicant()); // aged 22

        assertThatThrownBy(() -> applications.start(schoolRound)).isInstanceOfSatisfying(
                ApplicationRefusedException.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(ApplicationRefusedException.Reason.AGE_NOT_ELIGIBLE);
                    assertThat(refused.arguments()).startsWith(14, 18);
                });
        assertThat(applications.checklist(applications.start(openToAll))).doesNotContain(MissingItem.AGE_NOT_ELIGIBLE);
    }

    @Test
    void every_place_of_residence_lies_in_a_region_and_every_region_can_be_chosen() {
        assertThat(java.util.Arrays.stream(District.values()).map(District::region).distinct())
                .containsExactlyInAnyOrder(Region.values());
        assertThat(District.valueOf("TALGAR").region()).isEqualTo(Region.ALMATY_REGION);
    }
}
