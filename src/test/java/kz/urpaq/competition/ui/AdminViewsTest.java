package kz.urpaq.competition.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import kz.urpaq.competition.CompetitionOverview;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class AdminViewsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_administrator_sees_the_demo_competition_in_the_list() {
        navigate(CompetitionsView.class);

        @SuppressWarnings("unchecked")
        Grid<CompetitionOverview> grid = $(Grid.class).single();
        var titles = test(grid).size();
        assertThat(titles).isGreaterThanOrEqualTo(1);
        assertThat(java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(row -> test(grid).getRow(row).title().kk()))
                .contains("Тәуелсіздік ұрпақтары — 2026");
    }

    @Test
    @WithUserDetails(value = "aruzhan@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_applicant_who_types_the_admin_address_does_not_get_the_admin_page() {
        navigate("admin/competitions", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(CompetitionsView.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        assertThat($(Grid.class).all()).isEmpty();
        assertThat($(H1.class).all()).extracting(H1::getText).doesNotContain("Конкурстар");
    }

    @Test
    @WithUserDetails(value = "jury.art1@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_juror_does_not_get_the_users_page() {
        navigate("admin/users", Component.class);

        assertThat(getCurrentView().getClass().getSimpleName()).isNotEqualTo("UsersView");
        assertThat($(Grid.class).all()).isEmpty();
    }
}
