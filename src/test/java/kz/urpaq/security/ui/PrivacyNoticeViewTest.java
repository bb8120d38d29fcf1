package kz.urpaq.security.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import kz.urpaq.security.PrivacyNoticeService;
import kz.urpaq.security.Role;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class PrivacyNoticeViewTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    PrivacyNoticeService notices;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void an_applicant_who_has_not_accepted_the_current_notice_opens_nothing_else_until_they_accept_it() {
        accounts.signInAs(accounts.newAccountWithoutPrivacyAcceptance(Role.APPLICANT, true));

        for (var page : new String[]{"", "applications", "profile", "certificates"}) {
            navigate(page, Component.class);
            assertThat(getCurrentView()).as(page).isInstanceOf(PrivacyNoticeView.class);
        }
        test(find(Button.class).id("privacy-accept")).click();

        assertThat(notices.mustAccept()).isFalse();
        navigate("applications", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(PrivacyNoticeView.class);
    }

    @Test
    void anyone_may_read_the_notice_and_who_accepted_it_finds_no_button() {
        accounts.signInAs(accounts.newAccount(Role.APPLICANT, true));

        navigate("privacy", Component.class);

        assertThat(getCurrentView()).isInstanceOf(PrivacyNoticeView.class);
        assertThat(find(Button.class).withId("privacy-accept").exists()).isFalse();
        navigate("profile", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(PrivacyNoticeView.class);
    }
}
