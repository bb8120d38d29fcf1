package kz.urpaq.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.FieldMessages;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.review.JurorChoice;
import kz.urpaq.review.JurorStatus;
import kz.urpaq.review.JuryPanel;
import kz.urpaq.review.JuryPanelService;
import kz.urpaq.review.PanelMember;
import kz.urpaq.security.AppRoles;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * The jury panels of a competition, one per direction: who sits on each, with their caps, and
 * whether the caps cover the reviews the direction needs. Jurors are added from the accounts
 * holding the juror role.
 */
@Route("admin/competitions/:competitionId(\\d+)/panels")
@RolesAllowed(AppRoles.ADMIN)
class PanelsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CompetitionService competitionService;
    private final JuryPanelService panelService;
    private final Div panels = new Div();
    private @Nullable CompetitionOverview competition;

    PanelsView(CompetitionService competitionService, JuryPanelService panelService) {
        this.competitionService = competitionService;
        this.panelService = panelService;
        addClassNames("admin-view", "panels-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        competition = RouteIds.found(competitionService.findById(RouteIds.of(event, "competitionId")));
        removeAll();
        add(new ViewHeader(getTranslation("panels.title"), competition.title().in(getLocale())),
                DeskLinks.of(competition.id(), key -> getTranslation(key)), panels);
        panels.addClassName("desk-sections");
        refresh();
    }

    private void refresh() {
        panels.removeAll();
        var current = competitionOrFail();
        for (var panel : panelService.panels(current.id())) {
            panels.add(section(current, panel));
        }
    }

    private Section section(CompetitionOverview current, JuryPanel panel) {
        var section = new Section();
        section.addClassName("desk-section");
        section.add(new H2(panel.directionName().in(getLocale())));
        var summary = new Paragraph(getTranslation("panels.summary", panel.members().size(), panel.capacity(),
                panel.reviewsNeeded(), panel.eligibleApplications(), current.reviewersPerApplication()));
        summary.addClassName("desk-summary");
        if (panel.capacity() < panel.reviewsNeeded()) {
            summary.addClassName("short");
            summary.add(new Span(" " + getTranslation("panels.short", panel.reviewsNeeded() - panel.capacity())));
        }
        section.add(summary);

        if (panel.members().isEmpty()) {
            section.add(new Paragraph(getTranslation("panels.empty")));
        } else {
            var grid = new Grid<JuryPanel.Seat>();
            grid.addColumn(JuryPanel.Seat::displayName).setHeader(getTranslation("panels.column.juror"))
                    .setAutoWidth(true).setFlexGrow(1);
            grid.addColumn(JuryPanel.Seat::email).setHeader(getTranslation("panels.column.email")).setAutoWidth(true);
            grid.addComponentColumn(seat -> capField(current, panel, seat))
                    .setHeader(getTranslation("panels.column.cap")).setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(seat -> getTranslation("panels.load", seat.load(), seat.cap()))
                    .setHeader(getTranslation("panels.column.load")).setAutoWidth(true).setFlexGrow(0);
            grid.addComponentColumn(this::status).setHeader(getTranslation("panels.column.status")).setAutoWidth(true);
            grid.addComponentColumn(seat -> removeButton(current, panel, seat)).setAutoWidth(true).setFlexGrow(0);
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
            grid.setItems(panel.members());
            grid.setAllRowsVisible(true);
            section.add(grid);
        }
        section.add(addRow(current, panel));
        return section;
    }

    private Span status(JuryPanel.Seat seat) {
        var badge = new Span(getTranslation(seat.status().labelKey()));
        badge.addClassName("desk-badge");
        if (seat.status() != JurorStatus.AVAILABLE) {
            badge.addClassName("warning");
        }
        return badge;
    }

    private IntegerField capField(CompetitionOverview current, JuryPanel panel, JuryPanel.Seat seat) {
        var field = new IntegerField();
        field.setAriaLabel(getTranslation("panels.cap-of", seat.displayName()));
        FieldMessages.wholeNumber(field, 1, PanelMember.MAX_CAP);
        field.setStepButtonsVisible(true);
        field.setValue(seat.cap());
        field.setWidth("8.5rem");
        field.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            var value = event.getValue();
            try {
                panelService.changeCap(current.id(), panel.directionId(), seat.jurorId(), value == null ? 0 : value);
                Notifications.success(getTranslation("panels.cap-saved", seat.displayName(), value));
                refresh();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
                field.setValue(seat.cap());
            }
        });
        return field;
    }

    private Button removeButton(CompetitionOverview current, JuryPanel panel, JuryPanel.Seat seat) {
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
            var confirm = new ConfirmDialog();
            confirm.setHeader(getTranslation("panels.remove.title", seat.displayName()));
            confirm.setText(getTranslation("panels.remove.text", seat.open()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("desk.cancel"));
            confirm.setConfirmText(getTranslation("panels.remove"));
            confirm.setConfirmButtonTheme(ButtonVariant.ERROR.getVariantName() + " "
                    + ButtonVariant.PRIMARY.getVariantName());
            confirm.addConfirmListener(event -> {
                try {
                    int released = panelService.removeMember(current.id(), panel.directionId(), seat.jurorId());
                    Notifications.success(getTranslation("panels.removed", seat.displayName(), released));
                } catch (RefusedException refused) {
                    Notifications.refused(this, refused);
                }
                refresh();
            });
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel(getTranslation("panels.remove.of", seat.displayName()));
        remove.setTooltipText(getTranslation("panels.remove"));
        return remove;
    }

    private Div addRow(CompetitionOverview current, JuryPanel panel) {
        var juror = new ComboBox<JurorChoice>(getTranslation("panels.add.juror"));
        juror.setItems(panelService.candidates(current.id(), panel.directionId()));
        juror.setItemLabelGenerator(choice -> choice.displayName() + " · " + choice.email());
        juror.setPlaceholder(getTranslation("panels.add.placeholder"));
        juror.setClearButtonVisible(true);
        juror.setMinWidth("18rem");
        var cap = new IntegerField(getTranslation("panels.add.cap"));
        FieldMessages.wholeNumber(cap, 1, PanelMember.MAX_CAP);
        cap.setStepButtonsVisible(true);
        cap.setValue(PanelMember.DEFAULT_CAP);
        cap.setWidth("8.5rem");
        var add = new Button(getTranslation("panels.add"), VaadinIcon.PLUS.create(), click -> {
            if (juror.getValue() == null) {
                juror.setInvalid(true);
                juror.setErrorMessage(getTranslation("panels.add.choose"));
                return;
            }
            var chosen = juror.getValue();
            try {
                panelService.addMember(current.id(), panel.directionId(), chosen.jurorId(),
                        cap.getValue() == null ? 0 : cap.getValue());
                Notifications.success(getTranslation("panels.added", chosen.displayName()));
                refresh();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-juror-" + panel.directionId());
        var row = new Div(juror, cap, add);
        row.addClassName("desk-add-row");
        return row;
    }

    /** The competition {@link #beforeEnter} found; every action happens after it. */
    private CompetitionOverview competitionOrFail() {
        return Objects.requireNonNull(competition);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("panels.title") + " · " + getTranslation("app.name");
    }
}
