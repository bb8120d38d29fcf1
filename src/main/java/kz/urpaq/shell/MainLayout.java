package kz.urpaq.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
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

    /** The id of every page's content: where the skip link leads. */
    public static final String CONTENT_ID = "main-content";

    private final Div page = new Div();
    private final Footer footer;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication,
                      LanguagePreferences languagePreferences) {
        page.addClassName("layout-page");
        footer = footer();
        setPrimarySection(Section.NAVBAR);
        addClassName("main-layout");

        var principal = currentUser.get().orElse(null);
        // The name stays in the link on a phone too, only visually hidden there: it is the link's name.
        var brand = new Anchor("", new Image("images/emblem.svg", ""), new Span(getTranslation("app.name")));
        brand.addClassName("brand");
        setI18n(new AppLayoutI18n().setDrawer(getTranslation("nav.label")));

        var actions = new Div(new LanguageSelector(languagePreferences), account(principal, authentication));
        actions.addClassName("navbar-actions");

        var navigation = navigation(principal);
        if (navigation.getItems().size() > 1) {
            var toggle = new DrawerToggle();
            toggle.setAriaLabel(getTranslation("nav.toggle"));
            addToNavbar(skipLink(), toggle, brand, actions);
            addToDrawer(navigation);
        } else {
            // A visitor's only way around is the brand link and sign-in: still a navigation landmark.
            var bar = new Nav(brand, actions);
            bar.addClassName("visitor-nav");
            bar.getElement().setAttribute("aria-label", getTranslation("nav.label"));
            addToNavbar(skipLink(), bar);
            setDrawerOpened(false);
        }
    }

    /**
     * The first thing a keyboard reaches: straight to the page's content, past the menu. The
     * content takes focus itself (tabindex -1), so the next Tab goes on inside it.
     */
    private Anchor skipLink() {
        var skip = new Anchor("#" + CONTENT_ID, getTranslation("a11y.skip-to-content"));
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  document.getElementById($0)?.focus();
                })""", CONTENT_ID);
        return skip;
    }

    /**
     * Every page's content is the skip link's target, followed by the footer with the
     * accessibility statement.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        var element = content.getElement();
        element.setAttribute("id", CONTENT_ID);
        element.setAttribute("tabindex", "-1");
        page.getElement().removeAllChildren();
        page.getElement().appendChild(element, footer.getElement());
        if (getContent() != page) {
            setContent(page);
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        oldContent.getElement().removeFromParent();
    }

    private Footer footer() {
        var statement = new Anchor(AccessibilityView.PATH, getTranslation("a11y.statement.link"));
        statement.setId("accessibility-statement-link");
        var privacy = new Anchor("privacy", getTranslation("privacy.link"));
        privacy.setId("privacy-notice-link");
        var footer = new Footer(statement, new Text(" · "), privacy);
        footer.addClassName("site-footer");
        return footer;
    }

    /**
     * AppLayout scrolls the content inside its own shadow part; a keyboard can scroll it only when
     * something in it takes focus, and a page of plain text (results, verification) has nothing,
     * so the scrolling part itself takes focus, as a named region.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                const part = this.shadowRoot?.querySelector('[part~=content]');
                if (part) {
                  part.tabIndex = 0;
                  part.setAttribute('role', 'region');
                  part.setAttribute('aria-label', $0);
                }""", getTranslation("a11y.content"));
    }

    private SideNav navigation(AccountPrincipal principal) {
        var nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("a11y.toggle-child-items")));
        nav.addItem(new SideNavItem(getTranslation("nav.home"), "", VaadinIcon.HOME.create()));
        if (principal != null) {
            if (principal.hasRole(Role.APPLICANT)) {
                nav.addItem(new SideNavItem(getTranslation("nav.my-applications"), "applications",
                        VaadinIcon.FILE_TEXT_O.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.my-grants"), "grants", VaadinIcon.MONEY.create()));
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
            }
            if (principal.hasRole(Role.ADMIN) || principal.hasRole(Role.PLATFORM)) {
                nav.addItem(new SideNavItem(getTranslation("nav.audit"), "admin/audit", VaadinIcon.RECORDS.create()));
            }
            if (principal.hasRole(Role.PLATFORM)) {
                nav.addItem(new SideNavItem(getTranslation("nav.organisers"), "platform/organisers",
                        VaadinIcon.OFFICE.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.mail"), "admin/mail", VaadinIcon.ENVELOPES_O.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.privacy"), "admin/privacy", VaadinIcon.SHIELD.create()));
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
