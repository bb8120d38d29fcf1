package kz.urpaq.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.PasswordField;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.notification.MailLog;
import kz.urpaq.security.AccountLinkService;
import kz.urpaq.security.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages behind the mailed links, opened by someone who is not signed in. */
@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
@WithAnonymousUser
class AccountLinkViewsTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accountService;

    @Autowired
    AccountLinkService links;

    @Autowired
    MailLog mailLog;

    private String register() {
        var email = "view-links-" + UUID.randomUUID() + "@example.kz";
        accountService.register(email, "Ұрпақ-жоба-2026", "Айдана Болатқызы", Language.KK);
        return email;
    }

    private String link(String email, String path) {
        var matcher = Pattern.compile("/(" + path + "/[A-Za-z0-9_-]{43})").matcher(mailLog.to(email).getLast().body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void the_confirmation_link_confirms_the_address_for_someone_signed_out() {
        var email = register();

        navigate(link(email, "confirm-email"), ConfirmEmailView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Электрондық пошта расталды");
    }

    @Test
    void a_used_or_made_up_confirmation_link_says_so() {
        navigate("confirm-email/" + "A".repeat(43), ConfirmEmailView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Сілтеме жарамсыз");
    }

    @Test
    void the_reset_link_sets_a_new_password() {
        var email = register();
        links.requestPasswordReset(email);

        navigate(link(email, "reset-password"), ResetPasswordView.class);
        test(find(PasswordField.class).id("password")).setValue("жаңа-құпиясөз-2026");
        test(find(PasswordField.class).id("password-repeat")).setValue("жаңа-құпиясөз-2026");
        test(find(Button.class).single()).click();

        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Құпиясөз өзгертілді. Енді жаңа құпиясөзбен кіре аласыз.");
    }

    @Test
    void a_common_password_is_refused_at_its_field() {
        var email = register();
        links.requestPasswordReset(email);

        navigate(link(email, "reset-password"), ResetPasswordView.class);
        test(find(PasswordField.class).id("password")).setValue("sunshine");
        test(find(PasswordField.class).id("password-repeat")).setValue("sunshine");
        test(find(Button.class).single()).click();

        assertThat(find(PasswordField.class).id("password").getErrorMessage()).isEqualTo(
                "Бұл құпиясөз өте кең таралған, оны оңай табуға болады. Басқасын ойлап табыңыз.");
    }

    /** Opens the reset page of a new account's fresh link; returns the link's token. */
    private String openResetPage() {
        var email = register();
        links.requestPasswordReset(email);
        var path = link(email, "reset-password");
        navigate(path, ResetPasswordView.class);
        return path.substring(path.indexOf('/') + 1);
    }

    private void choose(String password, String repeat) {
        test(find(PasswordField.class).id("password")).setValue(password);
        test(find(PasswordField.class).id("password-repeat")).setValue(repeat);
        test(find(Button.class).single()).click();
    }

    @Test
    void a_repeat_that_differs_is_marked_at_the_repeat_the_button_works_again_and_the_link_stays_usable() {
        var token = openResetPage();

        choose("жаңа-құпиясөз-2026", "жаңа-құпиясөз-2027");

        assertThat(find(PasswordField.class).id("password").isInvalid()).isFalse();
        assertThat(find(PasswordField.class).id("password-repeat").getErrorMessage())
                .isEqualTo("Құпиясөздер сәйкес келмейді");
        assertThat(find(Button.class).single().isEnabled()).isTrue();
        assertThat(links.isPasswordResetLinkValid(token)).isTrue();
    }

    @Test
    void a_password_over_the_limit_is_refused_with_the_limit_named() {
        openResetPage();

        choose("ұ".repeat(129), "ұ".repeat(129));

        assertThat(find(PasswordField.class).id("password").getErrorMessage())
                .isEqualTo("Құпиясөз тым ұзын: ең көбі 128 таңба болуы керек");
    }

    @Test
    void a_link_used_up_while_the_form_was_open_ends_with_the_pages_invalid_link_notice() {
        var token = openResetPage();
        links.resetPassword(token, "басқа-құпиясөз-2026");

        choose("жаңа-құпиясөз-2026", "жаңа-құпиясөз-2026");

        assertThat(find(PasswordField.class).all()).isEmpty();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Бұл сілтеме жарамсыз"));
        assertThat(find(Anchor.class).all()).extracting(Anchor::getHref).contains("forgot-password");
    }

    @Test
    void the_set_a_password_form_speaks_the_language_of_the_page() {
        UI.getCurrent().setLocale(Language.RU.locale());
        openResetPage();

        choose("кыска", "другой");

        assertThat(find(PasswordField.class).id("password").getLabel()).isEqualTo("Новый пароль");
        assertThat(find(PasswordField.class).id("password").getErrorMessage())
                .isEqualTo("Пароль слишком короткий: нужно не меньше 8 символов");
        assertThat(find(PasswordField.class).id("password-repeat").getErrorMessage()).isEqualTo("Пароли не совпадают");
    }

    @Test
    void the_login_page_offers_a_way_back_in_after_a_forgotten_password() {
        navigate(LoginView.class);

        assertThat(find(LoginForm.class).single().isForgotPasswordButtonVisible()).isTrue();
    }
}
