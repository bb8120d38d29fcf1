package kz.urpaq.results;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.competition.CompetitionRefusedException;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.notification.MailLog;
import kz.urpaq.results.ResultsRefusedException.Reason;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.review.ScoreSheetRefusedException;
import kz.urpaq.review.ScoreSheetService;
import kz.urpaq.security.AccountService;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Announcing: what is published, who is told, who sees their own result, and that nothing moves after. */
@SpringBootTest
class AnnouncementTest {

    @Autowired
    ResultsService results;

    @Autowired
    PublicResultsService published;

    @Autowired
    CompetitionSetupService setupService;

    @Autowired
    ScoreSheetService scoreSheets;

    @Autowired
    AccountService accountService;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ResultsTestData data;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MailLog mails;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        accounts.signOut();
    }

    private ReviewFixture.Setup scored() {
        return data.scoredInTwoDirections();
    }

    private String applicantEmail(ReviewFixture.Setup setup) {
        accounts.signInAs(ResultsTestData.ADMIN);
        return accountService.findAllById(List.of(setup.applicantId())).getFirst().email();
    }

    @Test
    void announcing_publishes_the_awards_tells_the_applicants_and_shows_each_their_own_result() {
        var setup = scored();
        var email = applicantEmail(setup);
        setupService.moveTo(setup.id(), Phase.DELIBERATION);
        var hash = results.finalise(setup.id());
        var mailsBefore = mails.to(email).size();
        accounts.signOut();
        assertThat(published.published(setup.id())).as("nothing public before the announcement").isEmpty();

        accounts.signInAs(ResultsTestData.ADMIN);
        setupService.moveTo(setup.id(), Phase.ANNOUNCED);
        assertThat(fixture.auditRows(setup.id(), AuditAction.RESULTS_ANNOUNCED.name())).isEqualTo(1);
        assertThat(mails.to(email)).hasSize(mailsBefore + 4)
                .last().satisfies(mail -> assertThat(mail.body()).contains("/results/" + setup.id()));

        accounts.signOut();
        var page = published.published(setup.id()).orElseThrow();
        assertThat(page.sha256()).isEqualTo(hash);
        assertThat(page.directions()).hasSize(2);
        var science = page.directions().getFirst();
        assertThat(science.ranked()).isEqualTo(3);
        assertThat(science.awards()).extracting(PublishedResults.Award::place).containsExactly(1, 2, 3);
        assertThat(science.awards()).allSatisfy(a -> assertThat(a.grant()).isTrue());
        assertThat(page.directions().get(1).awards()).as("below the minimum score").isEmpty();
        assertThat(page.placeCount()).isEqualTo(3);
        assertThat(page.grantsAwarded()).isEqualTo(3);

        var winner = setup.panel(0).applications().getFirst();
        var last = setup.panel(1).applications().getFirst();
        accounts.signInAs(email);
        var own = published.forMyApplication(winner).orElseThrow();
        assertThat(own.place()).isEqualTo(1);
        assertThat(own.grant()).isTrue();
        assertThat(own.comments()).containsExactly(ResultsTestData.GOOD_COMMENT);
        assertThat(published.forMyApplication(last).orElseThrow())
                .satisfies(o -> {
                    assertThat(o.place()).isNull();
                    assertThat(o.position()).isEqualTo(1);
                    assertThat(o.rankedCount()).isEqualTo(1);
                    assertThat(o.comments()).containsExactly("Әлсіз жоба", "Әлсіз жоба", "Әлсіз жоба");
                });

        accounts.signInAs(accounts.newApplicant());
        assertThat(published.forMyApplication(winner)).as("someone else's application").isEmpty();
        accounts.signOut();
        assertThatThrownBy(() -> published.forMyApplication(winner))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
    }

    @Test
    void after_finalising_and_announcing_every_service_refuses_to_change_anything() {
        var setup = scored();
        var application = setup.panel(0).applications().getFirst();
        accounts.signInAs(ResultsTestData.ADMIN);
        setupService.moveTo(setup.id(), Phase.DELIBERATION);
        results.finalise(setup.id());
        assertThatThrownBy(() -> results.override(setup.id(), application, 2, true, "Шешім"))
                .isInstanceOfSatisfying(ResultsRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FINALISED));
        assertThatThrownBy(() -> results.finalise(setup.id()))
                .isInstanceOfSatisfying(ResultsRefusedException.class, e -> assertThat(e.reason()).isEqualTo(Reason.FINALISED));
        var assignment = jdbc.queryForObject("select min(id) from review_assignment where application_id = ?",
                Long.class, application);
        assertThatThrownBy(() -> scoreSheets.reopen(assignment, "Қайта қарау"))
                .isInstanceOf(ScoreSheetRefusedException.class);

        setupService.moveTo(setup.id(), Phase.ANNOUNCED);
        assertThatThrownBy(() -> results.override(setup.id(), application, 1, false, "Шешім"))
                .isInstanceOf(ResultsRefusedException.class);
        assertThatThrownBy(() -> setupService.showCommentsToApplicants(setup.id(), false))
                .isInstanceOfSatisfying(CompetitionRefusedException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("competition.refused.comments-after-announcement"));
    }

    @Test
    void comments_stay_with_the_organisers_when_the_competition_keeps_them_back() {
        var setup = scored();
        var email = applicantEmail(setup);
        setupService.showCommentsToApplicants(setup.id(), false);
        setupService.moveTo(setup.id(), Phase.DELIBERATION);
        results.finalise(setup.id());
        setupService.moveTo(setup.id(), Phase.ANNOUNCED);

        accounts.signInAs(email);
        var own = published.forMyApplication(setup.panel(0).applications().getFirst()).orElseThrow();
        assertThat(own.commentsShown()).isFalse();
        assertThat(own.comments()).isEmpty();
    }

    @Test
    void a_score_changed_behind_the_services_back_after_finalising_stops_the_announcement() {
        var setup = scored();
        accounts.signInAs(ResultsTestData.ADMIN);
        setupService.moveTo(setup.id(), Phase.DELIBERATION);
        results.finalise(setup.id());
        jdbc.update("update score_sheet_entry set score = 0 where sheet_id in (select id from score_sheet "
                + "where application_id = ?)", setup.panel(0).applications().getFirst());

        var snapshot = results.results(setup.id()).snapshot();
        assertThat(ResultsService.canonicalExport(results.results(setup.id())))
                .as("the ranking kept since scores froze").isEqualTo(snapshot.export());
        assertThat(ResultsService.canonicalExport(results.recomputed(setup.id())))
                .as("recomputed from the database").isNotEqualTo(snapshot.export());

        assertThatThrownBy(() -> setupService.moveTo(setup.id(), Phase.ANNOUNCED))
                .isInstanceOfSatisfying(CompetitionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("results.refused.snapshot-mismatch"));
        assertThat(fixture.auditRows(setup.id(), AuditAction.RESULTS_ANNOUNCED.name())).isZero();
    }

    @Test
    void only_administrators_announce() {
        var setup = scored();
        accounts.signInAs(ResultsTestData.ADMIN);
        setupService.moveTo(setup.id(), Phase.DELIBERATION);
        results.finalise(setup.id());
        accounts.signInAs(accounts.newApplicant());
        assertThatThrownBy(() -> setupService.moveTo(setup.id(), Phase.ANNOUNCED)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> results.finalise(setup.id())).isInstanceOf(AccessDeniedException.class);
    }
}
