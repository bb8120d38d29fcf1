package kz.urpaq.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.review.AssignmentReport;
import kz.urpaq.review.AssignmentService;
import kz.urpaq.review.ProgressBoard;
import kz.urpaq.review.ProgressBoard.DirectionProgress;
import kz.urpaq.review.ProgressBoard.JurorProgress;
import kz.urpaq.review.ProgressService;
import kz.urpaq.security.AppRoles;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Objects;

/**
 * Reviewer assignment and the progress board of one competition: run the automatic assignment
 * after reading what it will do, see per direction what it did, follow each juror's work with
 * the late ones marked, and remind those with open work.
 */
@Route("admin/competitions/:competitionId(\\d+)/assignment")
@RolesAllowed(AppRoles.ADMIN)
class AssignmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CompetitionService competitionService;
    private final AssignmentService assignmentService;
    private final ProgressService progressService;
    private final Div result = new Div();
    private final Div board = new Div();
    private @Nullable CompetitionOverview competition;

    AssignmentView(CompetitionService competitionService, AssignmentService assignmentService,
                   ProgressService progressService) {
        this.competitionService = competitionService;
        this.assignmentService = assignmentService;
        this.progressService = progressService;
        addClassNames("admin-view", "assignment-view");
        result.setId("assignment-result");
        result.addClassName("desk-result");
        board.setId("progress-board");
        board.addClassName("desk-sections");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        competition = RouteIds.found(competitionService.findById(RouteIds.of(event, "competitionId")));
        removeAll();
        var facts = new Paragraph(getTranslation("assignment.facts", getTranslation(competition.phase().labelKey()),
                dateTime(competition.reviewDeadline()), competition.reviewersPerApplication()));
        facts.addClassName("desk-summary");

        var run = new Button(getTranslation("assignment.run"), VaadinIcon.USERS.create(), click -> confirmRun());
        run.setId("run-assignment");
        run.addThemeVariants(ButtonVariant.PRIMARY);
        var remind = new Button(getTranslation("progress.remind"), VaadinIcon.ENVELOPE_O.create(),
                click -> confirmReminders());
        remind.setId("send-reminders");
        var actions = new Div(run, remind);
        actions.addClassName("desk-actions");

        add(new ViewHeader(getTranslation("assignment.title"), competition.title().in(getLocale())),
                DeskLinks.of(competition.id(), key -> getTranslation(key)), facts, actions, result, board);
        refreshBoard();
    }

    private void confirmRun() {
        var current = competitionOrFail();
        AssignmentReport preview;
        try {
            preview = assignmentService.preview(current.id());
        } catch (RefusedException refused) {
            Notifications.refused(this, refused);
            return;
        }
        var text = new Div(new Paragraph(getTranslation("assignment.confirm.intro", preview.reviewersPerApplication())));
        var list = new UnorderedList();
        for (var direction : preview.directions()) {
            list.add(new ListItem(getTranslation("assignment.confirm.direction", direction.directionName().in(getLocale()),
                    direction.applications(), direction.jurors(), direction.added(), direction.missingReviews())));
        }
        text.add(list);
        if (preview.released() > 0) {
            text.add(new Paragraph(getTranslation("assignment.confirm.released", preview.released())));
        }
        text.add(new Paragraph(getTranslation("assignment.confirm.kept")));
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("assignment.confirm.title"));
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("desk.cancel"));
        confirm.setConfirmText(getTranslation("assignment.confirm.run", preview.added()));
        confirm.addConfirmListener(event -> {
            try {
                var report = assignmentService.run(current.id());
                showResult(report);
                Notifications.success(getTranslation("assignment.done", report.added(), report.missingReviews()));
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
            refreshBoard();
        });
        confirm.open();
    }

    private void showResult(AssignmentReport report) {
        result.removeAll();
        result.add(new H2(getTranslation("assignment.result.title")));
        var list = new UnorderedList();
        for (var direction : report.directions()) {
            var item = new ListItem(getTranslation("assignment.result.direction",
                    direction.directionName().in(getLocale()), direction.added(), direction.missingReviews()));
            if (direction.released() > 0) {
                item.add(new Span(" " + getTranslation("assignment.result.released", direction.released())));
            }
            if (direction.missingReviews() > 0) {
                item.addClassName("short");
            }
            list.add(item);
        }
        result.add(list);
    }

    private void refreshBoard() {
        board.removeAll();
        var current = competitionOrFail();
        var progress = progressService.board(current.id());
        var deadline = new Paragraph(getTranslation(progress.deadlinePassed() ? "progress.deadline-passed"
                : "progress.deadline", dateTime(progress.reviewDeadline()), progress.dueSoonDays()));
        deadline.addClassName("desk-summary");
        board.add(new H2(getTranslation("progress.title")), deadline);
        for (var direction : progress.directions()) {
            board.add(section(current, progress, direction));
        }
    }

    private Section section(CompetitionOverview current, ProgressBoard progress, DirectionProgress direction) {
        var section = new Section();
        section.addClassName("desk-section");
        section.add(new H3(direction.directionName().in(getLocale())));
        var summary = new Paragraph(getTranslation("progress.summary", direction.applications(),
                direction.reviewsNeeded(), direction.assigned(), direction.drafted(), direction.submitted(),
                direction.missingReviews()));
        summary.addClassName("desk-summary");
        if (direction.missingReviews() > 0) {
            summary.addClassName("short");
        }
        section.add(summary);
        if (direction.jurors().isEmpty()) {
            section.add(new Paragraph(getTranslation("progress.no-jurors")));
            return section;
        }
        var grid = new Grid<JurorProgress>();
        grid.addColumn(JurorProgress::displayName).setHeader(getTranslation("progress.column.juror"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(j -> j.cap() == null ? getTranslation("progress.off-panel") : String.valueOf(j.cap()))
                .setHeader(getTranslation("progress.column.cap")).setAutoWidth(true);
        grid.addColumn(JurorProgress::assigned).setHeader(getTranslation("progress.column.assigned"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(JurorProgress::drafted).setHeader(getTranslation("progress.column.drafted"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(JurorProgress::submitted).setHeader(getTranslation("progress.column.submitted"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(JurorProgress::open).setHeader(getTranslation("progress.column.open"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::lateness).setHeader(getTranslation("progress.column.status")).setAutoWidth(true);
        grid.addComponentColumn(juror -> {
            var open = new Button(getTranslation("progress.assignments"), click -> new JurorAssignmentsDialog(
                    assignmentService, current.id(), direction.directionId(), juror.jurorId(),
                    juror.displayName() + " · " + direction.directionName().in(getLocale()), this::refreshBoard)
                    .open());
            open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            return open;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(juror -> juror.lateness().isLate() ? "late" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(direction.jurors());
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private Span lateness(JurorProgress juror) {
        var badge = new Span(getTranslation(juror.lateness().labelKey()));
        badge.addClassName("desk-badge");
        if (juror.lateness().isLate()) {
            badge.addClassName("late");
        }
        return badge;
    }

    private void confirmReminders() {
        var current = competitionOrFail();
        var waiting = progressService.board(current.id()).jurorsWithOpenWork();
        if (waiting == 0) {
            Notifications.success(getTranslation("progress.remind.nobody"));
            return;
        }
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("progress.remind.title"));
        confirm.setText(getTranslation("progress.remind.text", waiting));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("desk.cancel"));
        confirm.setConfirmText(getTranslation("progress.remind"));
        confirm.addConfirmListener(event -> {
            try {
                Notifications.success(getTranslation("progress.reminded", progressService.sendReminders(current.id())));
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        confirm.open();
    }

    /** A date and time in Almaty, or a dash where a draft has none yet. */
    private static String dateTime(@Nullable Instant instant) {
        return instant == null ? "—" : Almaty.dateTime(instant);
    }

    /** The competition {@link #beforeEnter} found; every action happens after it. */
    private CompetitionOverview competitionOrFail() {
        return Objects.requireNonNull(competition);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assignment.title") + " · " + getTranslation("app.name");
    }
}
