package kz.urpaq.competition.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.Money;
import kz.urpaq.base.ui.EmptyState;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSetupService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import java.time.Clock;
import kz.urpaq.security.AppRoles;

/** The organisers' list of competitions. */
@Route("admin/competitions")
@RolesAllowed(AppRoles.ADMIN)
class CompetitionsView extends Main implements HasDynamicTitle {

    CompetitionsView(CompetitionService competitionService, CompetitionSetupService setup, Clock clock) {
        addClassName("admin-view");
        add(new ViewHeader(getTranslation("competitions.title"), getTranslation("competitions.description")));
        var create = new Button(getTranslation("competitions.new"), VaadinIcon.PLUS.create(), click -> {
            var id = setup.createDraft(Almaty.at(clock.instant()).getYear() + 1);
            click.getSource().getUI().ifPresent(ui -> ui.navigate("admin/competitions/" + id));
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setDisableOnClick(true);
        create.setId("new-competition");
        add(create);
        var all = competitionService.listAll();
        if (all.isEmpty()) {
            add(new EmptyState(VaadinIcon.TROPHY, getTranslation("competitions.empty.title"),
                    getTranslation("competitions.empty.text")));
            return;
        }
        var locale = getLocale();
        var grid = new Grid<CompetitionOverview>();
        grid.addColumn(c -> c.title().in(locale)).setHeader(getTranslation("competitions.column.title"))
                .setFlexGrow(3).setAutoWidth(true);
        grid.addColumn(CompetitionOverview::year).setHeader(getTranslation("competitions.column.year"));
        grid.addColumn(c -> getTranslation(c.phase().labelKey())).setHeader(getTranslation("competitions.column.phase"));
        grid.addColumn(c -> c.submissionDeadline() == null ? "—" : Almaty.dateTime(c.submissionDeadline()))
                .setHeader(getTranslation("competitions.column.deadline")).setAutoWidth(true);
        grid.addColumn(c -> c.directions().size()).setHeader(getTranslation("competitions.column.directions"));
        grid.addColumn(c -> c.grantCount() + " × " + Money.tenge(c.grantAmountTenge()))
                .setHeader(getTranslation("competitions.column.grants")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            var open = new Anchor("admin/competitions/" + c.id(), getTranslation("competitions.open"));
            var copy = new Button(getTranslation("competitions.copy"), VaadinIcon.COPY.create(), click -> {
                var id = setup.copy(c.id());
                click.getSource().getUI().ifPresent(ui -> ui.navigate("admin/competitions/" + id));
            });
            copy.addThemeVariants(ButtonVariant.TERTIARY);
            copy.setDisableOnClick(true);
            return new com.vaadin.flow.component.html.Div(open, copy);
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(c -> {
            var links = new Div(new Anchor("admin/competitions/" + c.id() + "/panels",
                    getTranslation("competitions.link.panels")),
                    new Anchor("admin/competitions/" + c.id() + "/assignment",
                            getTranslation("competitions.link.assignment")));
            links.addClassName("row-links");
            return links;
        }).setHeader(getTranslation("competitions.column.jury")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(all);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("competitions.title") + " · " + getTranslation("app.name");
    }
}
