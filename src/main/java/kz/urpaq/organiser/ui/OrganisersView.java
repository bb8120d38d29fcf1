package kz.urpaq.organiser.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.organiser.OrganiserService;
import kz.urpaq.organiser.OrganiserSummary;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AppRoles;
import kz.urpaq.security.ui.StepUpPrompt;

/**
 * The platform administrator's page (docs/domain.md §17): the organisers this installation hosts,
 * a new one, and an administrator appointed to one. Nothing inside an organiser is shown here.
 */
@Route("platform/organisers")
@RolesAllowed(AppRoles.PLATFORM)
class OrganisersView extends Main implements HasDynamicTitle {

    private final OrganiserService organisers;
    private final AccountService accounts;
    private final StepUpPrompt stepUp;
    private final Grid<OrganiserSummary> grid = new Grid<>();

    OrganisersView(OrganiserService organisers, AccountService accounts, StepUpPrompt stepUp) {
        this.organisers = organisers;
        this.accounts = accounts;
        this.stepUp = stepUp;
        addClassName("admin-view");
        var create = new Button(getTranslation("organisers.new"), VaadinIcon.PLUS.create(),
                click -> new OrganiserDialog(organisers, stepUp, this::refresh).open());
        create.setId("new-organiser");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        add(new ViewHeader(getTranslation("organisers.title"), getTranslation("organisers.description")), create);

        var locale = getLocale();
        grid.setId("organisers-grid");
        grid.addColumn(OrganiserSummary::code).setHeader(getTranslation("organisers.column.code")).setAutoWidth(true);
        grid.addColumn(o -> o.name().in(locale)).setHeader(getTranslation("organisers.column.name")).setFlexGrow(2);
        grid.addColumn(o -> o.region().in(locale)).setHeader(getTranslation("organisers.column.region"));
        grid.addColumn(OrganiserSummary::contactEmail).setHeader(getTranslation("organisers.column.contact"));
        grid.addComponentColumn(this::appointButton).setHeader(getTranslation("organisers.column.administrators"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private Button appointButton(OrganiserSummary organiser) {
        var appoint = new Button(getTranslation("organisers.appoint"),
                click -> new AppointAdministratorDialog(accounts, stepUp, organiser).open());
        appoint.setId("appoint-" + organiser.code());
        appoint.getElement().setAttribute("aria-label", getTranslation("organisers.appoint") + ": "
                + organiser.name().in(getLocale()));
        return appoint;
    }

    private void refresh() {
        grid.setItems(organisers.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisers.title") + " · " + getTranslation("app.name");
    }
}
