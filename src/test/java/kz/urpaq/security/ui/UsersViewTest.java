package kz.urpaq.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.notification.MailLog;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import kz.urpaq.security.Role;
import kz.urpaq.security.SecondFactorService;
import kz.urpaq.security.StepUp;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.SecondFactorCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
@WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
class UsersViewTest extends SpringBrowserlessTest {

    private static final int ACTIONS_COLUMN = 6;

    @Autowired
    AccountService accountService;

    @Autowired
    MailLog mailLog;

    @Autowired
    SecondFactorService secondFactors;

    @Autowired
    SecondFactorCodes codes;

    @Autowired
    MutableClock clock;

    private AccountSummary account(String marker, Role role) {
        var email = role.name().toLowerCase() + "-" + marker + "@example.kz";
        return SystemTask.run(() -> accountService.create(email, "correct-horse-battery", "Тест " + role.name(),
                EnumSet.of(role), Language.KK));
    }

    @SuppressWarnings("unchecked")
    private Grid<AccountSummary> grid() {
        return $(Grid.class).single();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_filters_by_role_and_gives_the_jury_role_to_an_applicant() {
        var marker = UUID.randomUUID().toString();
        var applicant = account(marker, Role.APPLICANT);
        account(marker, Role.JURY);
        navigate(UsersView.class);

        test($(TextField.class).first()).setValue(marker);
        assertThat(test(grid()).size()).isEqualTo(2);
        test((Select<Role>) $(Select.class).id("role-filter")).selectItem("Үміткерлер");
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).email()).isEqualTo(applicant.email());

        var open = (Button) test(grid()).getCellComponent(0, ACTIONS_COLUMN);
        test(open).click();
        assertThat($(Dialog.class).single().isOpened()).isTrue();
        test($(Checkbox.class).id("role-jury")).click();
        test($(Button.class).id("access-save")).click();

        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat(test(grid()).getRow(0).roles()).containsExactlyInAnyOrder(Role.APPLICANT, Role.JURY);
        assertThat(test(grid()).getCellText(0, 2)).contains("Үміткер", "Қазылар алқасының мүшесі");
        test((Select<Role>) $(Select.class).id("role-filter")).selectItem("Қазылар");
        assertThat(test(grid()).size()).isEqualTo(2);
    }

    @Test
    void an_administrator_resets_a_jurors_lost_second_factor_from_the_access_dialog() {
        var juror = account(UUID.randomUUID().toString(), Role.JURY);
        SystemTask.run(() -> secondFactors.enrolKnownSecret(juror.id(), "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"));
        navigate(UsersView.class);
        test($(TextField.class).first()).setValue(juror.email());
        test((Button) test(grid()).getCellComponent(0, ACTIONS_COLUMN)).click();

        test($(Button.class).id("access-reset-factor")).click();

        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat(SystemTask.run(() -> secondFactors.hasSecondFactor(juror.id()))).isFalse();
        test($(TextField.class).first()).setValue(juror.email());
        test((Button) test(grid()).getCellComponent(0, ACTIONS_COLUMN)).click();
        assertThat($(Button.class).withId("access-reset-factor").all()).isEmpty();
    }

    @Test
    void a_change_of_access_long_after_sign_in_asks_for_the_password_and_code_first() {
        var applicant = account(UUID.randomUUID().toString(), Role.APPLICANT);
        clock.advance(StepUp.FRESHNESS.plusMinutes(1));
        navigate(UsersView.class);
        test($(TextField.class).first()).setValue(applicant.email());
        test((Button) test(grid()).getCellComponent(0, ACTIONS_COLUMN)).click();
        test($(Checkbox.class).id("role-jury")).click();
        test($(Button.class).id("access-save")).click();

        assertThat($(Dialog.class).id("step-up-dialog").isOpened()).isTrue();
        assertThat(SystemTask.run(() -> accountService.findByEmail(applicant.email())).orElseThrow().roles())
                .containsExactly(Role.APPLICANT);
        test($(PasswordField.class).id("step-up-password")).setValue("admin-urpaq-2026");
        test($(TextField.class).id("step-up-code")).setValue(codes.codeFor("admin@urpaq.local",
                "URPAQADMINDEMOKEYFORTOTPAPPS2Q26"));
        test($(Button.class).id("step-up-confirm")).click();

        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
        assertThat(SystemTask.run(() -> accountService.findByEmail(applicant.email())).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.APPLICANT, Role.JURY);
    }

    @Test
    void the_dialog_shows_why_an_administrator_cannot_disable_themselves() {
        navigate(UsersView.class);
        test($(TextField.class).first()).setValue("admin@urpaq.local");

        test((Button) test(grid()).getCellComponent(0, ACTIONS_COLUMN)).click();
        test($(Checkbox.class).id("access-enabled")).click();
        test($(Button.class).id("access-save")).click();

        assertThat($(Dialog.class).single().isOpened()).isTrue();
        assertThat($(Paragraph.class).id("access-error").getText()).isEqualTo("Өз аккаунтыңызды өшіре алмайсыз.");
        assertThat(SystemTask.run(() -> accountService.findByEmail("admin@urpaq.local")).orElseThrow().enabled())
                .isTrue();
    }

    @Test
    void an_administrator_invites_a_juror_who_then_appears_in_the_list() {
        var email = "invited-view-" + UUID.randomUUID() + "@example.kz";
        navigate(UsersView.class);

        test($(Button.class).id("invite-juror")).click();
        test($(EmailField.class).id("invite-email")).setValue(email);
        test($(TextField.class).id("invite-name")).setValue("Ерлан Қасымов");
        test($(Button.class).id("invite-send")).click();

        assertThat(mailLog.to(email)).hasSize(1);
        test($(TextField.class).first()).setValue(email);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).roles()).containsExactly(Role.JURY);
    }

    @Test
    void inviting_an_address_that_has_an_account_marks_the_field() {
        var marker = UUID.randomUUID().toString();
        var applicant = account(marker, Role.APPLICANT);
        navigate(UsersView.class);

        test($(Button.class).id("invite-juror")).click();
        test($(EmailField.class).id("invite-email")).setValue(applicant.email());
        test($(TextField.class).id("invite-name")).setValue("Ерлан Қасымов");
        test($(Button.class).id("invite-send")).click();

        var field = $(EmailField.class).id("invite-email");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).startsWith("Бұл электрондық поштамен аккаунт бұрыннан бар");
        assertThat(mailLog.to(applicant.email())).isEmpty();
    }
}
