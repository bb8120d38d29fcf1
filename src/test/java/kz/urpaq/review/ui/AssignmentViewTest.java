package kz.urpaq.review.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import kz.urpaq.review.AssignmentRow;
import kz.urpaq.review.AssignmentService;
import kz.urpaq.review.ProgressBoard.JurorProgress;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class AssignmentViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    AssignmentService assignmentService;

    private Button button(String id) {
        return $(Button.class).all().stream().filter(b -> b.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    private Div byId(String id) {
        return $(Div.class).all().stream().filter(d -> d.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void running_the_assignment_says_what_it_will_do_then_shows_the_counts_on_the_board() {
        var setup = fixture.build(new int[]{12, 5}, new int[]{4, 1}, 40);
        navigate("admin/competitions/" + setup.id() + "/assignment", Component.class);

        test(button("run-assignment")).click();

        var confirm = $(ConfirmDialog.class).first();
        var plan = confirm.getElement().getTextRecursively();
        assertThat(plan).contains("Бағыт 0: өтінімдер — 12, бос сарапшылар — 4; қосылатын бекітулер — 36",
                "Бағыт 1: өтінімдер — 5, бос сарапшылар — 1; қосылатын бекітулер — 5, жетпей қалатын бағалаулар — 10");
        test(confirm).confirm();

        assertThat(byId("assignment-result").getElement().getTextRecursively())
                .contains("Бағыт 0: 36 қосылды, 0 бағалау жетпейді", "Бағыт 1: 5 қосылды, 10 бағалау жетпейді");
        @SuppressWarnings("unchecked")
        Grid<JurorProgress> first = $(Grid.class).first();
        assertThat(IntStream.range(0, test(first).size()).mapToObj(row -> test(first).getRow(row).assigned()))
                .containsOnly(9);
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("Бекітілгені: 36") && text.contains("Жетпейтіні: 0"))
                .anyMatch(text -> text.contains("Бекітілгені: 5") && text.contains("Жетпейтіні: 10"));
    }

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_administrator_removes_an_assignment_by_hand_in_the_juror_dialog() {
        var setup = fixture.build(new int[]{4}, new int[]{3}, 40);
        SystemTask.run(() -> assignmentService.run(setup.id()));
        long juror = setup.panel(0).jurors().getFirst();
        navigate("admin/competitions/" + setup.id() + "/assignment", Component.class);

        @SuppressWarnings("unchecked")
        Grid<JurorProgress> board = $(Grid.class).first();
        int row = IntStream.range(0, test(board).size()).filter(r -> test(board).getRow(r).jurorId() == juror)
                .findFirst().orElseThrow();
        var open = (Button) test(board).getCellComponent(row, 7);
        assertThat(open.getText()).isEqualTo("Бекітулер");
        test(open).click();
        var dialog = $(Dialog.class).first();
        @SuppressWarnings("unchecked")
        Grid<AssignmentRow> rows = $(Grid.class, dialog).first();
        int before = test(rows).size();
        test(rows).select(0);
        test($(Button.class, dialog).all().stream().filter(b -> b.getId().orElse("").equals("remove-assignment"))
                .findFirst().orElseThrow()).click();

        assertThat(test(rows).size()).isEqualTo(before - 1);
        assertThat(SystemTask.run(() -> assignmentService.assignmentsOf(setup.id(), juror))).hasSize(before - 1);
    }

    @Test
    @WithUserDetails(value = "jury.art1@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_juror_does_not_get_the_assignment_page() {
        navigate("admin/competitions/1/assignment", Component.class);

        assertThat(getCurrentView()).isNotInstanceOf(AssignmentView.class);
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("run-assignment"));
    }
}
