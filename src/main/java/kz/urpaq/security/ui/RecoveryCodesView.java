package kz.urpaq.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.SecondFactorSignIn;

/**
 * Shows the recovery codes made when a second factor was set up at sign-in, once: opened again,
 * it goes home. Then on to the page the person asked for.
 */
@Route(value = "second-factor/recovery-codes", autoLayout = false)
@PermitAll
class RecoveryCodesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactorSignIn signIn;

    RecoveryCodesView(SecondFactorSignIn signIn) {
        this.signIn = signIn;
        addClassName("account-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var shown = signIn.takeNewRecoveryCodes();
        if (shown.isEmpty()) {
            event.forwardTo("");
            return;
        }
        removeAll();
        var next = new Button(getTranslation("recovery-codes.continue"),
                click -> UI.getCurrent().getPage().setLocation(shown.get().continueTo()));
        next.setId("recovery-codes-continue");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        add(new ViewHeader(getTranslation("recovery-codes.title"), getTranslation("recovery-codes.description")),
                new RecoveryCodeList(shown.get().codes()), next);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery-codes.title") + " · " + getTranslation("app.name");
    }
}
