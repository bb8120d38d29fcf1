package kz.urpaq.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import kz.urpaq.base.ui.FileDownloads;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.AppealRow;
import kz.urpaq.results.AppealService;
import kz.urpaq.security.AppRoles;

import java.util.Locale;

/**
 * The appeals of a competition for its organisers (domain.md §13): each with its reason and file,
 * and while the competition is PRELIMINARY a decision with a written reason — upheld with the new
 * place and grant, or rejected.
 */
@Route("admin/competitions/:competitionId(\\d+)/appeals")
@RolesAllowed(AppRoles.ADMIN)
class AppealsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AppealService appeals;
    private final CompetitionService competitions;
    private CompetitionOverview competition;
    private final Grid<AppealRow> grid = new Grid<>();

    AppealsView(AppealService appeals, CompetitionService competitions) {
        this.appeals = appeals;
        this.competitions = competitions;
        addClassNames("admin-view", "appeals-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        competition = RouteIds.found(competitions.findById(RouteIds.of(event, "competitionId")));
        removeAll();
        add(new ViewHeader(getTranslation("appeals.title") + " · " + competition.title().in(getLocale()),
                getTranslation("appeals.description")));
        if (competition.appealsCloseAt() != null) {
            add(new Paragraph(getTranslation("appeals.window", Almaty.dateTime(competition.appealsCloseAt()))));
        }
        grid.removeAllColumns();
        grid.addColumn(r -> r.referenceNumber() == null ? "" : r.referenceNumber())
                .setHeader(getTranslation("inbox.column.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AppealRow::projectTitle).setHeader(getTranslation("inbox.column.title")).setFlexGrow(1);
        grid.addColumn(AppealRow::reason).setHeader(getTranslation("appeals.column.reason")).setFlexGrow(2);
        grid.addColumn(r -> Almaty.dateTime(r.filedAt())).setHeader(getTranslation("appeals.column.filed"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.outcome() == null ? getTranslation("appeals.open")
                        : getTranslation("appeal.outcome." + r.outcome().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("appeals.column.outcome")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("appeals.none"));
        grid.setAllRowsVisible(true);
        // reasons and titles are sentences: they wrap rather than being cut (the accessibility sweep)
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(appeals.appeals(competition.id()));
        add(grid, new Anchor("admin/competitions/" + competition.id() + "/results",
                getTranslation("editor.link.results")));
    }

    private Div actions(AppealRow row) {
        var actions = new Div();
        if (row.fileName() != null) {
            var file = new Anchor(download(row.id()), row.fileName());
            file.setDownload(true);
            actions.add(file);
        }
        actions.add(new Anchor("applications/" + row.applicationId() + "/messages", getTranslation("conversation.open")));
        if (row.open() && competition.phase() == Phase.PRELIMINARY) {
            var decide = new Button(getTranslation("appeals.decide"), click -> decide(row));
            decide.addThemeVariants(ButtonVariant.PRIMARY);
            decide.setId("decide-appeal-" + row.id());
            actions.add(decide);
        } else if (row.decisionReason() != null) {
            actions.add(new Paragraph(row.decisionReason()));
        }
        return actions;
    }

    private void decide(AppealRow row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("appeals.decide"));
        var outcome = new RadioButtonGroup<Boolean>(getTranslation("appeals.outcome"));
        outcome.setItems(true, false);
        outcome.setItemLabelGenerator(upheld -> getTranslation(upheld ? "appeal.outcome.upheld"
                : "appeal.outcome.rejected"));
        outcome.setValue(false);
        outcome.setId("appeal-outcome");
        var place = new IntegerField(getTranslation("appeals.place"));
        place.setMin(1);
        place.setMax(competition.placesPerDirection());
        place.setId("appeal-place");
        var grant = new Checkbox(getTranslation("results.override.grant"));
        grant.setId("appeal-grant");
        var changes = new Div(new Paragraph(getTranslation("appeals.upheld-hint")), place, grant);
        changes.setVisible(false);
        outcome.addValueChangeListener(e -> changes.setVisible(Boolean.TRUE.equals(e.getValue())));
        var reason = new TextArea(getTranslation("appeals.reason"));
        reason.setMaxLength(AppealService.REASON_MAX_LENGTH);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("appeal-decision-reason");
        var confirm = new Button(getTranslation("appeals.confirm"), click -> {
            try {
                appeals.decide(row.id(), Boolean.TRUE.equals(outcome.getValue()), reason.getValue(), place.getValue(),
                        grant.getValue());
                Notifications.success(getTranslation("appeals.decided"));
                dialog.close();
                grid.setItems(appeals.appeals(competition.id()));
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("confirm-appeal-decision");
        dialog.add(new Paragraph(row.reason()), outcome, changes, reason);
        dialog.getFooter().add(new Button(getTranslation("screening.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private DownloadHandler download(long appealId) {
        return FileDownloads.of(() -> {
            var file = appeals.appealFile(appealId);
            return new FileDownloads.File(file.name(), file.mediaType(), file.bytes());
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appeals.title") + " · " + getTranslation("app.name");
    }
}
