package kz.urpaq.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class ChangePasswordViewTest extends SpringBrowserlessTest {

    private static final String FROM_THE_ENVIRONMENT = "from-the-environment-2026";

    @Autowired
    AccountService accountService;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    /** An administrator created as the first start creates one, signed in. */
    private void signInAsTheFirstAdministrator() {
        var email = "first-admin-" + UUID.randomUUID() + "@example.kz";
        SystemTask.run(() -> {
            var administrator = accountService.create(email, FROM_THE_ENVIRONMENT, "Administrator",
                    EnumSet.of(Role.ADMIN), Language.KK);
            accountService.requirePasswordChange(administrator.id());
        });
        accounts.signInAs(email);
    }

    private void fill(String current, String password, String repeat) {
        test(find(PasswordField.class).id("current-password")).setValue(current);
        test(find(PasswordField.class).id("password")).setValue(password);
        test(find(PasswordField.class).id("password-repeat")).setValue(repeat);
        test(find(Button.class).id("change-password")).click();
    }

    @Test
    void the_first_administrator_opens_nothing_but_the_password_change_until_it_is_done() {
        signInAsTheFirstAdministrator();

        for (var page : new String[]{"", "admin/audit", "admin/users"}) {
            navigate(page, Component.class);
            assertThat(getCurrentView()).as(page).isInstanceOf(ChangePasswordView.class);
        }
        fill("a-wrong-guess-2026", "менің-жаңа-құпиясөзім", "менің-жаңа-құпиясөзім");
        assertThat(find(PasswordField.class).id("current-password").isInvalid()).isTrue();
        fill(FROM_THE_ENVIRONMENT, FROM_THE_ENVIRONMENT, FROM_THE_ENVIRONMENT);
        navigate("admin/audit", Component.class);
        assertThat(getCurrentView()).as("the same password again counts as changed, so it is refused")
                .isInstanceOf(ChangePasswordView.class);

        fill(FROM_THE_ENVIRONMENT, "менің-жаңа-құпиясөзім", "менің-жаңа-құпиясөзім");

        navigate("admin/audit", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }

    @Test
    void an_administrator_who_chose_their_password_is_never_sent_there() {
        accounts.signInAs(accounts.newAccount(Role.ADMIN, true));

        navigate("admin/audit", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
    }
}
