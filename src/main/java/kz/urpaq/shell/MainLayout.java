package kz.urpaq.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import kz.urpaq.base.i18n.LanguagePreferences;
import kz.urpaq.base.i18n.LanguageSelector;
import kz.urpaq.security.AccountPrincipal;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.Role;

/**
 * The app shell: the emblem and name, navigation by role, the language switch and sign-in or
 * sign-out. Navigation uses paths, not view classes, so the shell depends on no feature.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication,
                      LanguagePreferences languagePreferences) {
        setPrimarySection(Section.NAVBAR);
        addClassName("main-layout");

        var principal = currentUser.get().orElse(null);
        var brand = new Anchor("", new Image("images/emblem.svg", ""), new Span(getTranslation("app.name")));
        brand.addClassName("brand");

        var actions = new Div(new LanguageSelector(languagePreferences), account(principal, authentication));
        actions.addClassName("navbar-actions");

        var navigation = navigation(principal);
        if (navigation.getItems().size() > 1) {
            var toggle = new DrawerToggle();
            toggle.setAriaLabel(getTranslation("nav.toggle"));
            addToNavbar(toggle, brand, actions);
            addToDrawer(navigation);
        } else {
            addToNavbar(brand, actions);
            setDrawerOpened(false);
        }
    }

    private SideNav navigation(AccountPrincipal principal) {
        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.addItem(new SideNavItem(getTranslation("nav.home"), "", VaadinIcon.HOME.create()));
        if (principal != null) {
            if (principal.hasRole(Role.APPLICANT)) {
                nav.addItem(new SideNavItem(getTranslation("nav.my-applications"), "applications",
                        VaadinIcon.FILE_TEXT_O.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.profile"), "profile", VaadinIcon.USER.create()));
            }
            if (principal.hasRole(Role.JURY)) {
                nav.addItem(new SideNavItem(getTranslation("nav.my-reviews"), "reviews",
                        VaadinIcon.STAR_HALF_LEFT_O.create()));
            }
            if (principal.hasRole(Role.APPLICANT) || principal.hasRole(Role.JURY)) {
                nav.addItem(new SideNavItem(getTranslation("nav.my-certificates"), "certificates",
                        VaadinIcon.DIPLOMA.create()));
            }
            if (principal.hasRole(Role.ADMIN)) {
                nav.addItem(new SideNavItem(getTranslation("nav.competitions"), "admin/competitions",
                        VaadinIcon.TROPHY.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.users"), "admin/users", VaadinIcon.USERS.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.audit"), "admin/audit", VaadinIcon.RECORDS.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.mail"), "admin/mail", VaadinIcon.ENVELOPES_O.create()));
            }
            nav.addItem(new SideNavItem(getTranslation("nav.security"), "account/security",
                    VaadinIcon.LOCK.create()));
        }
        return nav;
    }

    private com.vaadin.flow.component.Component account(AccountPrincipal principal,
                                                        AuthenticationContext authentication) {
        if (principal == null) {
            var signIn = new Anchor("login", getTranslation("nav.sign-in"));
            signIn.addClassName("sign-in-link");
            return signIn;
        }
        var name = new Span(principal.displayName());
        name.addClassName("account-name");
        var signOut = new Button(getTranslation("nav.sign-out"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        var box = new Div(name, signOut);
        box.addClassName("account");
        return box;
    }
}
