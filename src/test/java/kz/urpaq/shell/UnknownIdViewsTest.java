package kz.urpaq.shell;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page addressed by a record's id answers an id that does not exist with the not-found
 * page, for every role: never the error page for a failure nobody planned (a made-up or mistyped
 * address is not an incident). The routes are read from the router, so a new page is covered.
 */
@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class UnknownIdViewsTest extends SpringBrowserlessTest {

    private static final Pattern ID_PARAMETER = Pattern.compile(":[A-Za-z]+Id\\b[^/]*");

    /** A visitor is sent to sign in for the pages that need an account; that is not an error either. */
    private void everyIdRouteAnswersNotFound(boolean signedIn) {
        var routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(route -> route.getTemplate())
                .filter(template -> ID_PARAMETER.matcher(template).find())
                .toList();
        assertThat(routes).as("pages addressed by an id").hasSizeGreaterThanOrEqualTo(9);
        var soft = new SoftAssertions();
        for (var template : routes) {
            var path = ID_PARAMETER.matcher(template).replaceAll("987654321");
            navigate(path, Component.class);
            soft.assertThat($(ServerErrorView.class).all()).as("the error page for %s", path).isEmpty();
            if (signedIn || template.startsWith("results/")) {
                soft.assertThat($(NotFoundView.class).all().size() + $(NotFoundView.NoSuchRecordView.class).all().size())
                        .as("the not-found page for %s", path).isEqualTo(1);
            }
        }
        soft.assertAll();
    }

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_administrator_gets_not_found_for_an_unknown_id_on_every_page() {
        everyIdRouteAnswersNotFound(true);
    }

    @Test
    @WithUserDetails(value = "jury.science1@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_juror_gets_not_found_for_an_unknown_id_on_every_page() {
        everyIdRouteAnswersNotFound(true);
    }

    @Test
    @WithUserDetails(value = "aruzhan@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_applicant_gets_not_found_for_an_unknown_id_on_every_page() {
        everyIdRouteAnswersNotFound(true);
    }

    @Test
    @WithAnonymousUser
    void a_visitor_gets_not_found_for_an_unknown_id_on_every_page() {
        everyIdRouteAnswersNotFound(false);
    }
}
