package kz.urpaq.competition;

import kz.urpaq.base.domain.NoSuchRecordException;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.ApplicationStatus;
import kz.urpaq.submission.EligibleApplications;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A round's applications so far on the landing page, only when its organiser shows them (decision 028). */
@SpringBootTest
class PublicFiguresTest {

    @Autowired CompetitionSetupService setup;
    @Autowired ReviewFixture fixture;
    @Autowired EligibleApplications applications;
    @Autowired TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_counts_per_direction_are_public_only_while_the_organiser_shows_them() {
        var competition = fixture.competition(Phase.SCREENING, 2);
        long applicant = fixture.applicant();
        long first = competition.directions().get(0).id();
        long second = competition.directions().get(1).id();
        applications.save(competition.id(), first, applicant, ApplicationStatus.SUBMITTED);
        applications.save(competition.id(), first, applicant, ApplicationStatus.ELIGIBLE);
        applications.save(competition.id(), second, applicant, ApplicationStatus.INELIGIBLE);
        applications.save(competition.id(), second, applicant, ApplicationStatus.DRAFT);
        applications.save(competition.id(), second, applicant, ApplicationStatus.WITHDRAWN);

        assertThat(setup.publicFigures(competition.id())).as("off by default").isEmpty();
        accounts.signInAs("admin@urpaq.local");
        assertThat(setup.publicFiguresShown(competition.id())).isFalse();
        setup.showPublicFigures(competition.id(), true);
        accounts.signOut();

        var figures = setup.publicFigures(competition.id()).orElseThrow();
        assertThat(figures.total()).isEqualTo(3);
        assertThat(figures.directions()).extracting(PublicFigures.DirectionCount::count).containsExactly(2L, 1L);
        assertThat(fixture.auditRows(competition.id(), "COMPETITION_SETTINGS_CHANGED")).isEqualTo(1);

        SystemTask.run(() -> setup.showPublicFigures(competition.id(), false));
        assertThat(setup.publicFigures(competition.id())).isEmpty();
        assertThat(setup.publicFigures(8_000_000_000L)).isEmpty();
    }

    @Test
    void another_organisers_administrator_cannot_turn_them_on() {
        var competition = fixture.competition(Phase.SCREENING, 1);
        accounts.signInAs("national.admin@urpaq.local");
        assertThatThrownBy(() -> setup.showPublicFigures(competition.id(), true)).isInstanceOf(NoSuchRecordException.class);
    }
}
