package kz.urpaq.applicant.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class ProfileViewTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    kz.urpaq.testing.TestAccounts accounts;

    @Test
    void an_applicant_without_a_profile_is_asked_for_the_iin_and_consent() {
        var email = accounts.newAccount(kz.urpaq.security.Role.APPLICANT, true);
        accounts.signInAs(email);
        navigate(ProfileView.class);

        assertThat(find(TextField.class).id("iin").isReadOnly()).isFalse();
        assertThat(find(Checkbox.class).withId("consent").exists()).isTrue();
        assertThat(find(Span.class).all()).extracting(Span::getText).contains("Расталған", email);
    }

    @Test
    @WithUserDetails(value = "tomiris@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_demo_applicant_sees_the_profile_with_the_iin_fixed() {
        navigate(ProfileView.class);

        assertThat(find(TextField.class).id("iin").isReadOnly()).isTrue();
        assertThat(find(TextField.class).id("full-name").getValue()).isEqualTo("Томирис Қайратқызы");
    }

    @Test
    @WithUserDetails(value = "jury.media1@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_juror_does_not_get_the_profile_page() {
        navigate("profile", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(ProfileView.class);
        assertThat(find(TextField.class).withId("iin").exists()).isFalse();
    }
}
