package kz.urpaq.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import kz.urpaq.security.AppRoles;
import kz.urpaq.security.Role;
import kz.urpaq.security.SecondFactorService;

import java.util.stream.Collectors;

/**
 * The organisers' list of accounts, searched by name or e-mail, filtered by role and loaded page
 * by page. From here an administrator invites jurors and changes an account's roles and access.
 */
@Route("admin/users")
@RolesAllowed(AppRoles.ADMIN)
class UsersView extends Main implements HasDynamicTitle {

    private final AccountService accountService;
    private final SecondFactorService secondFactors;
    private final StepUpPrompt stepUp;
    private final Grid<AccountSummary> grid = new Grid<>();

    UsersView(AccountService accountService, SecondFactorService secondFactors, StepUpPrompt stepUp) {
        this.accountService = accountService;
        this.secondFactors = secondFactors;
        this.stepUp = stepUp;
        addClassName("admin-view");
        add(new ViewHeader(getTranslation("users.title"), getTranslation("users.description")));

        var search = new TextField();
        search.setId("user-search");
        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);

        var roleFilter = new Select<Role>();
        roleFilter.setId("role-filter");
        roleFilter.setAriaLabel(getTranslation("users.filter.label"));
        roleFilter.setItems(Role.APPLICANT, Role.JURY, Role.ADMIN);
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("users.filter.all"));
        roleFilter.setItemLabelGenerator(role -> role == null ? getTranslation("users.filter.all") : filterLabel(role));

        var invite = new Button(getTranslation("users.invite"), VaadinIcon.ENVELOPE_O.create(),
                click -> new InviteJurorDialog(accountService, grid.getDataProvider()::refreshAll).open());
        invite.setId("invite-juror");
        invite.addThemeVariants(ButtonVariant.PRIMARY);

        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("users.column.name")).setAutoWidth(true);
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("users.column.email")).setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.column.roles"));
        grid.addColumn(a -> a.language().nativeName()).setHeader(getTranslation("users.column.language"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.column.status"));
        grid.addColumn(a -> Almaty.date(a.createdAt())).setHeader(getTranslation("users.column.created"));
        grid.addComponentColumn(this::accessButton).setHeader(getTranslation("users.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> accountService.search(search.getValue(), roleFilter.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        roleFilter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());

        var toolbar = new Div(search, roleFilter, invite);
        toolbar.addClassName("users-toolbar");
        add(toolbar, grid);
        setHeightFull();
    }

    private Button accessButton(AccountSummary account) {
        var button = new Button(getTranslation("users.access.open"),
                click -> new AccessDialog(accountService, secondFactors, stepUp, account,
                        grid.getDataProvider()::refreshAll).open());
        button.setId("access-" + account.id());
        button.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return button;
    }

    private String filterLabel(Role role) {
        return switch (role) {
            case APPLICANT -> getTranslation("users.filter.applicant");
            case JURY -> getTranslation("users.filter.jury");
            case ADMIN -> getTranslation("users.filter.admin");
            case PLATFORM -> getTranslation(role.labelKey());
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }
}
