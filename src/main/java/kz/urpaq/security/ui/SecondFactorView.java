package kz.urpaq.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.security.SecondFactorSignIn;

/**
 * The second step of a sign-in (domain.md §12): the code from the authenticator app, or a recovery
 * code; for an administrator or juror without a factor yet, first its set-up by QR code or typed
 * key. Open only while a sign-in is under way; anyone else is sent to the sign-in page.
 */
@Route(value = "second-factor", autoLayout = false)
@AnonymousAllowed
class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SecondFactorSignIn signIn;
    private boolean enrolment;

    SecondFactorView(SecondFactorSignIn signIn) {
        this.signIn = signIn;
        addClassName("login-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var waiting = signIn.waiting();
        if (waiting.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        removeAll();
        var factor = waiting.get().enrolment();
        enrolment = factor != null;
        var emblem = new Image("images/emblem.svg", "");
        emblem.addClassName("login-emblem");
        var card = new Div(emblem, new H1(getPageHeading()));
        card.addClassName("login-card");
        card.addClassName("second-factor-card");
        var who = new Paragraph(getTranslation("second-factor.for", waiting.get().email()));
        who.addClassName("second-factor-who");
        card.add(who);
        if (factor != null) {
            card.add(new EnrolmentSteps(factor));
        } else {
            card.add(new Paragraph(getTranslation("second-factor.description")));
        }
        card.add(new CodeForm(waiting.get().refusal().orElse(null)));
        var cancel = new Button(getTranslation("second-factor.cancel"), click -> {
            signIn.cancel();
            UI.getCurrent().navigate(LoginView.class);
        });
        cancel.setId("second-factor-cancel");
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        card.add(cancel);
        add(card);
    }

    private String getPageHeading() {
        return getTranslation(enrolment ? "second-factor.enrol.title" : "second-factor.title");
    }

    @Override
    public String getPageTitle() {
        return getPageHeading() + " · " + getTranslation("app.name");
    }
}
