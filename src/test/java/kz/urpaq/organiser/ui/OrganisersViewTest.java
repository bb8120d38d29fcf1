package kz.urpaq.organiser.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.organiser.OrganiserSummary;
import kz.urpaq.security.AccountService;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform administrator's page: a new organiser with its first administrator, who sees only its own. */
@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
@WithUserDetails(value = "platform@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
class OrganisersViewTest extends SpringBrowserlessTest {

    private static final int APPOINT_COLUMN = 4;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    CompetitionService competitions;

    @Autowired
    AccountService accounts;

    @SuppressWarnings("unchecked")
    private Grid<OrganiserSummary> grid() {
        return $(Grid.class).id("organisers-grid");
    }

    private void type(String id, String value) {
        test($(TextField.class).id(id)).setValue(value);
    }

    @Test
    void the_platform_administrator_adds_an_organiser_and_appoints_its_first_administrator_who_sees_only_it() {
        navigate(OrganisersView.class);
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(2);

        var code = "atyrau-" + UUID.randomUUID().toString().substring(0, 6);
        test($(Button.class).id("new-organiser")).click();
        type("organiser-code", "Bad Code");
        type("organiser-name-kk", "Атырау облысының жастар саясаты басқармасы");
        type("organiser-name-ru", "Управление молодёжной политики Атырауской области");
        type("organiser-name-en", "Youth Policy Department of Atyrau Region");
        type("organiser-region-kk", "Атырау облысы");
        type("organiser-region-ru", "Атырауская область");
        type("organiser-region-en", "Atyrau Region");
        test($(EmailField.class).id("organiser-email")).setValue("atyrau@example.kz");
        type("organiser-phone", "+7 712 200 00 00");
        type("organiser-signatory", "Айгүл Серікова");
        type("organiser-position-kk", "Басқарма басшысы");
        type("organiser-position-ru", "Руководитель управления");
        type("organiser-position-en", "Head of department");
        test($(Button.class).id("organiser-save")).click();
        assertThat($(TextField.class).id("organiser-code").isInvalid()).as("a code with capitals and a space").isTrue();
        assertThat($(TextField.class).id("organiser-name-kk").getValue()).as("nothing typed is lost")
                .startsWith("Атырау");

        type("organiser-code", code);
        test($(Button.class).id("organiser-save")).click();
        var organiserId = jdbc.queryForObject("select id from organiser where code = ?", Long.class, code);
        assertThat(test(grid()).size()).isGreaterThanOrEqualTo(3);

        var email = "atyrau-admin-" + UUID.randomUUID() + "@example.kz";
        var row = test(grid()).size() - 1; // organisers are listed in the order they were made
        assertThat(test(grid()).getCellText(row, 0)).isEqualTo(code);
        test((Button) test(grid()).getCellComponent(row, APPOINT_COLUMN)).click();
        test($(EmailField.class).id("appoint-email")).setValue(email);
        type("appoint-name", "Ерлан Жұмабаев");
        test($(Button.class).id("appoint-save")).click();

        assertThat(jdbc.queryForObject("select count(*) from organiser_member m join user_account a on a.id = m.account_id"
                + " where a.email = ? and m.organiser_id = ? and m.role = 'ADMIN'", Integer.class, email, organiserId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'ROLE_GRANTED' "
                + "and organiser_id = ? and details like ?", Integer.class, organiserId, email + "%")).isEqualTo(1);
        testAccounts.signInAs(email);
        assertThat(competitions.listAll()).as("a new organiser has no rounds yet; nobody else's are shown").isEmpty();
        assertThat(accounts.search("urpaq.local", org.springframework.data.domain.PageRequest.of(0, 10))).isEmpty();
    }
}
