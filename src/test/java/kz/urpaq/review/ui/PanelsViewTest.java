package kz.urpaq.review.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import kz.urpaq.review.JurorChoice;
import kz.urpaq.review.JuryPanel;
import kz.urpaq.review.JuryPanelService;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class PanelsViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    JuryPanelService panelService;

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_administrator_adds_a_juror_with_a_cap_and_sees_them_on_the_panel() {
        var setup = fixture.build(new int[]{3}, new int[]{0}, 40);
        long juror = fixture.juror();
        navigate("admin/competitions/" + setup.id() + "/panels", Component.class);

        @SuppressWarnings("unchecked")
        ComboBox<JurorChoice> choice = $(ComboBox.class).first();
        var candidate = choice.getListDataView().getItems().filter(c -> c.jurorId() == juror).findFirst().orElseThrow();
        test(choice).selectItem(candidate.displayName() + " · " + candidate.email());
        test($(IntegerField.class).all().getLast()).setValue(12);
        test($(Button.class).all().stream().filter(b -> b.getId().orElse("").startsWith("add-juror-"))
                .findFirst().orElseThrow()).click();

        assertThat(SystemTask.run(() -> panelService.panels(setup.id())).getFirst().members())
                .singleElement().satisfies(seat -> {
                    assertThat(seat.jurorId()).isEqualTo(juror);
                    assertThat(seat.cap()).isEqualTo(12);
                });
        @SuppressWarnings("unchecked")
        Grid<JuryPanel.Seat> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).jurorId()).isEqualTo(juror);
    }
}
