package kz.urpaq.security.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.AccountLinkService;
import kz.urpaq.security.ui.NewPasswordForm.Ending;

/** Where the invitation link leads: the invited juror chooses a password, once, within the week. */
@Route("accept-invitation/:token")
@AnonymousAllowed
class AcceptInvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountLinkService links;
    private final NewPasswordForm form;

    AcceptInvitationView(AccountLinkService links) {
        this.links = links;
        addClassName("account-view");
        var signIn = getTranslation("accept-invitation.sign-in");
        form = new NewPasswordForm(getTranslation("accept-invitation.new"), getTranslation("accept-invitation.repeat"),
                getTranslation("accept-invitation.save"),
                new Ending(getTranslation("accept-invitation.done"), "login", signIn),
                new Ending(getTranslation("accept-invitation.invalid", AccountLinkService.INVITATION_VALIDITY.toDays()),
                        "login", signIn));
        form.setIntro(getTranslation("accept-invitation.intro"));
        add(new ViewHeader(getTranslation("accept-invitation.title"), ""), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElse("");
        form.open(links.isInvitationValid(token), password -> links.acceptInvitation(token, password));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accept-invitation.title") + " · " + getTranslation("app.name");
    }
}
