package kz.urpaq.results.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class PublicResultsViewTest extends SpringBrowserlessTest {

    @Autowired
    ResultsTestData data;

    @Autowired
    ResultsService results;

    @Autowired
    CompetitionSetupService setupService;

    @Autowired
    AccountService accountService;

    @Autowired
    ApplicantProfileService profiles;

    @Autowired
    JdbcTemplate jdbc;

    private String announce(ReviewFixture.Setup setup) {
        return SystemTask.run(() -> {
            setupService.moveTo(setup.id(), Phase.DELIBERATION);
            var hash = results.finalise(setup.id());
            setupService.moveTo(setup.id(), Phase.ANNOUNCED);
            return hash;
        });
    }

    private String text() {
        return $(PublicResultsView.class).single().getElement().getTextRecursively();
    }

    @Test
    @WithAnonymousUser
    void a_visitor_reads_the_places_grants_rules_and_hash_and_nothing_about_jurors_or_contacts() {
        var setup = data.scoredInTwoDirections();
        var hash = announce(setup);
        var applicant = SystemTask.run(() -> accountService.findAllById(java.util.List.of(setup.applicantId())).getFirst());
        var iin = SystemTask.run(() -> profiles.findByAccountId(setup.applicantId()).orElseThrow().iin().digits());
        var jurorEmails = jdbc.queryForList("select distinct u.email from review_assignment r join user_account u "
                + "on u.id = r.juror_id where r.competition_id = ?", String.class, setup.id());
        var titles = jdbc.queryForList("select title from application where competition_id = ? order by id",
                String.class, setup.id());

        navigate("results/" + setup.id(), Component.class);

        var text = text();
        assertThat($(ListItem.class).all()).filteredOn(item -> item.hasClassName("award")).hasSize(3)
                .allSatisfy(item -> assertThat(item.getElement().getAttribute("data-grant")).isEqualTo("true"));
        assertThat(text).contains("1-орын", "2-орын", "3-орын", applicant.displayName(), hash, titles.getFirst());
        assertThat(text).as("below the minimum score: not named").doesNotContain(titles.getLast());
        assertThat(text).doesNotContain(applicant.email(), iin);
        assertThat(jurorEmails).isNotEmpty().allSatisfy(email -> assertThat(text).doesNotContain(email));
        assertThat(text).doesNotContain(ResultsTestData.GOOD_COMMENT, "Әлсіз жоба");
    }

    /** The public page is public for people who are signed in too, whatever their role. */
    private void readsTheAnnouncedResults(ReviewFixture.Setup setup) {
        navigate("results/" + setup.id(), Component.class);

        assertThat($(PublicResultsView.class).all()).hasSize(1);
        assertThat($(ListItem.class).all()).filteredOn(item -> item.hasClassName("award")).hasSize(3);
    }

    @Test
    @WithUserDetails(value = "aruzhan@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_signed_in_applicant_reads_the_public_results() {
        var setup = data.scoredInTwoDirections();
        announce(setup);
        readsTheAnnouncedResults(setup);
    }

    @Test
    @WithUserDetails(value = "jury.science1@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_signed_in_juror_reads_the_public_results() {
        var setup = data.scoredInTwoDirections();
        announce(setup);
        readsTheAnnouncedResults(setup);
    }

    @Test
    @WithAnonymousUser
    void results_not_yet_announced_are_not_found() {
        var setup = data.scoredInTwoDirections();
        SystemTask.run(() -> {
            setupService.moveTo(setup.id(), Phase.DELIBERATION);
            results.finalise(setup.id());
        });

        navigate("results/" + setup.id(), Component.class);

        assertThat($(PublicResultsView.class).all()).isEmpty();
    }
}
