package kz.urpaq.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.notification.MailLog;
import kz.urpaq.security.AccountLinkService;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The page behind the invitation link, opened by the invited juror before they can sign in. */
@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
@WithAnonymousUser
class AcceptInvitationViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accountService;

    @Autowired
    AccountLinkService links;

    @Autowired
    MailLog mailLog;

    private String invite() {
        var email = "invited-page-" + UUID.randomUUID() + "@example.kz";
        SystemTask.run(() -> accountService.inviteJuror(email, "Ерлан Қасымов", Language.KK));
        var matcher = Pattern.compile("/(accept-invitation/[A-Za-z0-9_-]{43})").matcher(mailLog.to(email).getLast().body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private void choose(String password, String repeat) {
        test($(PasswordField.class).id("password")).setValue(password);
        test($(PasswordField.class).id("password-repeat")).setValue(repeat);
        test($(Button.class).single()).click();
    }

    @Test
    void the_invited_juror_sets_a_password_and_is_told_to_sign_in() {
        var path = invite();

        navigate(path, AcceptInvitationView.class);
        choose("Қазы-құпиясөзі-2026", "Қазы-құпиясөзі-2026");

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Құпиясөз сақталды, электрондық пошта расталды. Енді жүйеге кіре аласыз.");
        assertThat(links.isInvitationValid(path.substring(path.indexOf('/') + 1))).isFalse();
    }

    @Test
    void a_weak_password_is_marked_and_the_link_stays_usable() {
        var path = invite();

        navigate(path, AcceptInvitationView.class);
        choose("password1", "password1");

        assertThat($(PasswordField.class).id("password").isInvalid()).isTrue();
        assertThat(links.isInvitationValid(path.substring(path.indexOf('/') + 1))).isTrue();
    }

    @Test
    void a_used_or_made_up_invitation_link_says_so() {
        navigate("accept-invitation/" + "A".repeat(43), AcceptInvitationView.class);

        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText).anySatisfy(text ->
                assertThat(text).startsWith("Бұл шақыру сілтемесі жарамсыз"));
        assertThat($(PasswordField.class).all()).isEmpty();
    }
}
