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

/** Where the reset link leads: a new password, once, within the hour. */
@Route("reset-password/:token")
@AnonymousAllowed
class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountLinkService links;
    private final NewPasswordForm form;

    ResetPasswordView(AccountLinkService links) {
        this.links = links;
        addClassName("account-view");
        form = new NewPasswordForm(getTranslation("reset-password.new"), getTranslation("reset-password.repeat"),
                getTranslation("reset-password.save"),
                new Ending(getTranslation("reset-password.done"), "login", getTranslation("reset-password.sign-in")),
                new Ending(getTranslation("reset-password.invalid", AccountLinkService.RESET_VALIDITY.toMinutes()),
                        "forgot-password", getTranslation("reset-password.request-again")));
        add(new ViewHeader(getTranslation("reset-password.title"), ""), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElse("");
        form.open(links.isPasswordResetLinkValid(token), password -> links.resetPassword(token, password));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset-password.title") + " · " + getTranslation("app.name");
    }
}
