package kz.urpaq.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
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

import java.util.stream.Collectors;

/** The organisers' list of accounts, searched by name or e-mail and loaded page by page. */
@Route("admin/users")
@RolesAllowed(AppRoles.ADMIN)
class UsersView extends Main implements HasDynamicTitle {

    UsersView(AccountService accountService) {
        addClassName("admin-view");
        add(new ViewHeader(getTranslation("users.title"), getTranslation("users.description")));

        var search = new TextField();
        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);

        var grid = new Grid<AccountSummary>();
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("users.column.name")).setAutoWidth(true);
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("users.column.email")).setAutoWidth(true);
        grid.addColumn(a -> a.roles().stream().sorted().map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("users.column.roles"));
        grid.addColumn(a -> a.language().nativeName()).setHeader(getTranslation("users.column.language"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "users.enabled" : "users.disabled"))
                .setHeader(getTranslation("users.column.status"));
        grid.addColumn(a -> Almaty.date(a.createdAt())).setHeader(getTranslation("users.column.created"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> accountService.search(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(search, grid);
        setHeightFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · " + getTranslation("app.name");
    }
}
