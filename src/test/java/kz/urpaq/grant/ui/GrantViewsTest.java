package kz.urpaq.grant.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.demo.FinishedCompetitionDemo;
import kz.urpaq.grant.GrantRow;
import kz.urpaq.grant.GrantService;
import kz.urpaq.grant.GrantState;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The grant register and the recipient's /grants page over the 2025 demo competition's grants. */
@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class GrantViewsTest extends SpringBrowserlessTest {

    static final String ADMIN = "admin@urpaq.local";
    static final String APPLICANT_PASSWORD = "applicant-urpaq-2026";

    @Autowired GrantService grants;
    @Autowired CompetitionService competitions;
    @Autowired AccountService accounts;
    @Autowired TestAccounts testAccounts;

    @AfterEach
    void signOut() {
        testAccounts.signOut();
    }

    private long competitionId() {
        return SystemTask.run(() -> competitions.findByCode(FinishedCompetitionDemo.CODE)).orElseThrow().id();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_register_shows_every_grant_in_every_state_and_filters_by_state() {
        testAccounts.signInAs(ADMIN);
        var all = grants.register(competitionId());
        assertThat(all).extracting(r -> r.grant().state())
                .contains(GrantState.OFFERED, GrantState.ACCEPTED, GrantState.ACTIVE, GrantState.COMPLETED,
                        GrantState.DECLINED, GrantState.TERMINATED);
        navigate("admin/competitions/" + competitionId() + "/grants", Component.class);

        Grid<GrantRow> grid = $(Grid.class).id("grant-register");
        assertThat(test(grid).size()).isEqualTo(all.size());
        Select<GrantState> state = $(Select.class).id("grant-filter-state");
        state.setValue(GrantState.DECLINED);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).reserveAvailable()).as("its reserve has been offered already").isFalse();
        state.setValue(GrantState.ACCEPTED);
        assertThat(test(grid).getRow(0).agreement()).isEqualTo(kz.urpaq.grant.AgreementState.SIGNED);
        state.setValue(null);
        $(com.vaadin.flow.component.checkbox.Checkbox.class).id("grant-filter-overdue").setValue(true);
        assertThat(test(grid).size()).isEqualTo((int) all.stream().filter(GrantRow::overdue).count());
        assertThat($(Anchor.class).id("grant-register-csv").getHref()).isNotBlank();
        assertThat($(Anchor.class).id("grant-register-xlsx").getHref()).isNotBlank();
    }

    @Test
    void a_recipient_sees_their_offered_grant_and_accepts_it_with_their_password() {
        testAccounts.signInAs(ADMIN);
        var offered = grants.register(competitionId()).stream()
                .filter(r -> r.grant().state() == GrantState.OFFERED && r.replacesGrantId() == null)
                .findFirst().orElseThrow();
        var email = accounts.findAllById(List.of(offered.grant().recipientAccountId())).getFirst().email();
        testAccounts.signInAs(email);
        navigate("grants", Component.class);

        var card = $(Section.class).id("grant-" + offered.grant().id());
        assertThat(card.getElement().getTextRecursively()).contains(offered.grant().projectTitle(), "70 %", "30 %");
        assertThat($(Anchor.class).id("grant-download-" + offered.grant().id()).getHref()).isNotBlank();
        test($(Button.class).id("grant-accept-" + offered.grant().id())).click();
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).withId("grant-accept-code").exists())
                .as("no code is asked of someone without a second factor").isFalse();
        $(PasswordField.class).id("grant-accept-password").setValue("wrong-password");
        test($(Button.class).id("grant-accept-confirm")).click();
        assertThat($(PasswordField.class).id("grant-accept-password").isInvalid()).isTrue();
        $(PasswordField.class).id("grant-accept-password").setValue(APPLICANT_PASSWORD);
        test($(Button.class).id("grant-accept-confirm")).click();
        assertThat(grants.grant(offered.grant().id()).grant().state()).isEqualTo(GrantState.ACCEPTED);
        assertThat($(Section.class).id("grant-" + offered.grant().id()).getElement().getTextRecursively())
                .contains("Онлайн қабылданды");
    }
}
