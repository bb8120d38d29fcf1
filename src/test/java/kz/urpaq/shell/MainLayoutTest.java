package kz.urpaq.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shell's navigation follows the roles of the signed-in account. */
@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class MainLayoutTest extends SpringBrowserlessTest {

    private List<String> navigationPaths() {
        navigate("", com.vaadin.flow.component.Component.class);
        return $(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
    }

    @Test
    @WithAnonymousUser
    void a_visitor_gets_no_drawer_navigation() {
        assertThat(navigationPaths()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "aruzhan@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_applicant_sees_my_applications_and_profile() {
        assertThat(navigationPaths()).containsExactly("", "applications", "grants", "profile", "certificates", "account/security");
    }

    @Test
    @WithUserDetails(value = "jury.science1@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_juror_sees_my_reviews_only() {
        assertThat(navigationPaths()).containsExactly("", "reviews", "certificates", "account/security");
    }

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_administrator_sees_competitions_and_users() {
        assertThat(navigationPaths())
                .containsExactly("", "admin/competitions", "admin/users", "admin/audit", "account/security");
    }

    @Test
    @WithUserDetails(value = "platform@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void the_platform_administrator_sees_the_platforms_audit_records_and_mail_and_no_organisers_desk() {
        assertThat(navigationPaths()).containsExactly("", "admin/audit", "platform/organisers", "admin/mail", "admin/privacy",
                "account/security");
    }

    @Test
    @WithAnonymousUser
    void every_page_has_a_skip_link_to_its_content_a_navigation_landmark_and_the_statement_in_the_footer() {
        var view = navigate("", com.vaadin.flow.component.Component.class);
        assertThat(view.getElement().getAttribute("id")).isEqualTo(MainLayout.CONTENT_ID);
        assertThat(view.getElement().getAttribute("tabindex")).isEqualTo("-1");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).all())
                .anySatisfy(link -> assertThat(link.getHref()).isEqualTo("#" + MainLayout.CONTENT_ID))
                .anySatisfy(link -> assertThat(link.getHref()).isEqualTo(AccessibilityView.PATH));
        assertThat($(com.vaadin.flow.component.html.Nav.class).all()).hasSize(1);
    }
}
