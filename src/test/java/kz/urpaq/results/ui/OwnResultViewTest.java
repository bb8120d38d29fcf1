package kz.urpaq.results.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The applicant's application page after the announcement: their result and the jurors' comments. */
@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class OwnResultViewTest extends SpringBrowserlessTest {

    @Autowired
    ResultsTestData data;

    @Autowired
    ResultsService results;

    @Autowired
    CompetitionSetupService setupService;

    @Autowired
    AccountService accountService;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_applicant_sees_their_place_score_and_the_comments_meant_for_them() {
        var setup = data.scoredInTwoDirections();
        var email = SystemTask.run(() -> {
            setupService.moveTo(setup.id(), Phase.DELIBERATION);
            results.finalise(setup.id());
            setupService.moveTo(setup.id(), Phase.ANNOUNCED);
            return accountService.findAllById(List.of(setup.applicantId())).getFirst().email();
        });
        accounts.signInAs(email);

        navigate("applications/" + setup.panel(0).applications().getFirst(), Component.class);

        var outcome = $(Section.class).all().stream().filter(s -> s.hasClassName("outcome")).findFirst().orElseThrow();
        assertThat(outcome.getElement().getAttribute("data-place")).isEqualTo("1");
        assertThat(outcome.getElement().getTextRecursively())
                .contains("Сіздің нәтижеңіз", "1-орын", ResultsTestData.GOOD_COMMENT);
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("results/" + setup.id(), "certificates");

        navigate("applications/" + setup.panel(1).applications().getFirst(), Component.class);
        var other = $(Section.class).all().stream().filter(s -> s.hasClassName("outcome")).findFirst().orElseThrow();
        assertThat(other.getElement().getAttribute("data-place")).isEmpty();
        assertThat(other.getElement().getTextRecursively()).contains("Әлсіз жоба").doesNotContain(ResultsTestData.GOOD_COMMENT);
    }

    @Test
    void before_the_announcement_there_is_no_result_on_the_page() {
        var setup = data.scoredInTwoDirections();
        var email = SystemTask.run(() -> accountService.findAllById(List.of(setup.applicantId())).getFirst().email());
        accounts.signInAs(email);

        navigate("applications/" + setup.panel(0).applications().getFirst(), Component.class);

        assertThat($(Section.class).all()).noneMatch(s -> s.hasClassName("outcome"));
    }
}
