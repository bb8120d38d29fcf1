package kz.urpaq.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.AccountLinkService;
import kz.urpaq.security.CurrentUser;

/** Where the confirmation link in the registration mail leads; works signed in or not. */
@Route("confirm-email/:token")
@AnonymousAllowed
class ConfirmEmailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountLinkService links;
    private final CurrentUser currentUser;

    ConfirmEmailView(AccountLinkService links, CurrentUser currentUser) {
        this.links = links;
        this.currentUser = currentUser;
        addClassName("account-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var token = event.getRouteParameters().get("token").orElse("");
        var signedIn = currentUser.get().isPresent();
        if (links.confirmEmail(token)) {
            add(new ViewHeader(getTranslation("confirm-email.done.title"), getTranslation("confirm-email.done.text")));
            add(signedIn ? link("applications", "confirm-email.to-applications") : link("login", "confirm-email.sign-in"));
        } else {
            add(new ViewHeader(getTranslation("confirm-email.invalid.title"),
                    getTranslation("confirm-email.invalid.text")));
            add(signedIn ? link("profile", "confirm-email.to-profile") : link("login", "confirm-email.sign-in"));
        }
    }

    private Anchor link(String path, String key) {
        var anchor = new Anchor(path, getTranslation(key));
        anchor.addClassName("account-link");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirm-email.title") + " · " + getTranslation("app.name");
    }
}
