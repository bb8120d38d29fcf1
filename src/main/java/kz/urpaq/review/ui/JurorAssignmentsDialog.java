package kz.urpaq.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.review.ApplicationChoice;
import kz.urpaq.review.AssignmentRow;
import kz.urpaq.review.AssignmentService;
import kz.urpaq.review.ReviewConflict;

/**
 * One juror's applications in one direction, for changes by hand: add an application, remove an
 * unfinished assignment, or record a conflict of interest with a reason.
 */
class JurorAssignmentsDialog extends Dialog {

    private final AssignmentService assignmentService;
    private final long competitionId;
    private final long directionId;
    private final long jurorId;
    private final Grid<AssignmentRow> grid = new Grid<>();
    private final ComboBox<ApplicationChoice> application = new ComboBox<>();
    private final TextField reason = new TextField();

    JurorAssignmentsDialog(AssignmentService assignmentService, long competitionId, long directionId, long jurorId,
                           String title, Runnable onChange) {
        this.assignmentService = assignmentService;
        this.competitionId = competitionId;
        this.directionId = directionId;
        this.jurorId = jurorId;
        setHeaderTitle(title);
        setWidth("min(60rem, 100vw)");
        addClassName("juror-assignments");

        grid.addColumn(row -> row.referenceNumber() == null ? "" : row.referenceNumber())
                .setHeader(getTranslation("juror-dialog.column.reference")).setAutoWidth(true);
        grid.addColumn(AssignmentRow::title).setHeader(getTranslation("juror-dialog.column.title")).setFlexGrow(1);
        grid.addColumn(row -> getTranslation(row.state().labelKey()))
                .setHeader(getTranslation("juror-dialog.column.state")).setAutoWidth(true);
        grid.addColumn(row -> getTranslation(row.automatic() ? "juror-dialog.automatic" : "juror-dialog.manual")
                + " · " + Almaty.date(row.assignedAt())).setHeader(getTranslation("juror-dialog.column.assigned"))
                .setAutoWidth(true);
        grid.addComponentColumn(row -> new com.vaadin.flow.component.html.Anchor(
                        "admin/applications/" + row.applicationId() + "/scores", getTranslation("juror-dialog.scores")))
                .setHeader(getTranslation("juror-dialog.column.scores")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("18rem");

        var remove = new Button(getTranslation("juror-dialog.remove"), VaadinIcon.CLOSE_SMALL.create(), click ->
                act(() -> assignmentService.remove(selected().assignmentId()), "juror-dialog.removed", onChange));
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.setId("remove-assignment");
        reason.setLabel(getTranslation("juror-dialog.reason"));
        reason.setMaxLength(ReviewConflict.REASON_MAX_LENGTH);
        reason.setMinWidth("16rem");
        var conflict = new Button(getTranslation("juror-dialog.conflict"), VaadinIcon.BAN.create(), click ->
                act(() -> assignmentService.recordConflict(selected().applicationId(), jurorId, reason.getValue()),
                        "juror-dialog.conflict-recorded", onChange));
        conflict.setId("record-conflict");
        remove.setEnabled(false);
        conflict.setEnabled(false);
        grid.addSelectionListener(event -> {
            var row = event.getFirstSelectedItem();
            remove.setEnabled(row.filter(r -> r.state().isOpen()).isPresent());
            conflict.setEnabled(row.filter(r -> r.state().isOpen()).isPresent());
        });
        var selectedActions = new Div(reason, conflict, remove);
        selectedActions.addClassName("desk-add-row");

        application.setLabel(getTranslation("juror-dialog.add.application"));
        application.setItemLabelGenerator(choice -> getTranslation("juror-dialog.add.item",
                choice.referenceNumber() == null ? "" : choice.referenceNumber(), choice.title(), choice.reviewers()));
        application.setMinWidth("22rem");
        application.setClearButtonVisible(true);
        var add = new Button(getTranslation("juror-dialog.add"), VaadinIcon.PLUS.create(), click -> {
            var chosen = application.getValue();
            if (chosen == null) {
                application.setInvalid(true);
                application.setErrorMessage(getTranslation("juror-dialog.add.choose"));
                return;
            }
            act(() -> assignmentService.add(chosen.applicationId(), jurorId), "juror-dialog.added", onChange);
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-assignment");
        var addRow = new Div(application, add);
        addRow.addClassName("desk-add-row");

        add(grid, selectedActions, addRow);
        getFooter().add(new Button(getTranslation("juror-dialog.close"), click -> close()));
        reload();
    }

    private AssignmentRow selected() {
        return grid.asSingleSelect().getOptionalValue().orElseThrow();
    }

    private void act(Runnable action, String doneKey, Runnable onChange) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
            reason.clear();
            reload();
            onChange.run();
        } catch (RefusedException refused) {
            Notifications.refused(this, refused);
        }
    }

    private void reload() {
        grid.setItems(assignmentService.assignmentsOf(competitionId, jurorId).stream()
                .filter(row -> row.directionId() == directionId).toList());
        application.setItems(assignmentService.assignable(competitionId, directionId, jurorId));
        application.clear();
    }
}
