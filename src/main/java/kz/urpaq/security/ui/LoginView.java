package kz.urpaq.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.i18n.LanguagePreferences;
import kz.urpaq.base.i18n.LanguageSelector;
import kz.urpaq.security.SecondFactorSignIn;
import kz.urpaq.security.SignInBusyException;
import kz.urpaq.security.SignInFailureHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /**
     * One message for a wrong e-mail or password, a disabled account and a sign-in held back
     * after too many failures: the page tells a stranger nothing about an account (domain.md §12).
     */
    static final String FAILED = "login.error.bad-credentials";

    private final LoginForm form = new LoginForm();

    private final SecondFactorSignIn secondFactorSignIn;

    LoginView(LanguagePreferences languagePreferences, SecondFactorSignIn secondFactorSignIn) {
        this.secondFactorSignIn = secondFactorSignIn;
        addClassName("login-view");

        var top = new Div(new Anchor("", getTranslation("login.back-home")), new LanguageSelector(languagePreferences));
        top.addClassName("login-top");

        var emblem = new Image("images/emblem.svg", "");
        emblem.addClassName("login-emblem");
        var title = new H1(getTranslation("app.name"));
        var tagline = new Paragraph(getTranslation("login.tagline"));

        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(event -> UI.getCurrent().navigate("forgot-password"));
        form.setI18n(i18n(FAILED));

        var register = new Paragraph(getTranslation("login.no-account") + " ");
        register.add(new Anchor("register", getTranslation("login.register")));

        var card = new Div(emblem, title, tagline, form, register);
        card.addClassName("login-card");
        add(top, card);
    }

    private LoginI18n i18n(String errorKey, Object... errorArguments) {
        var i18n = LoginI18n.createDefault();
        var formI18n = i18n.getForm();
        formI18n.setTitle(getTranslation("login.title"));
        formI18n.setUsername(getTranslation("login.email"));
        formI18n.setPassword(getTranslation("login.password"));
        formI18n.setSubmit(getTranslation("login.submit"));
        formI18n.setForgotPassword(getTranslation("login.forgot-password"));
        var error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorKey + ".title"));
        error.setMessage(getTranslation(errorKey + ".message", errorArguments));
        error.setUsername(getTranslation("login.error.email-required"));
        error.setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A password already given: the sign-in goes on at its code (or set-up) page.
        if (secondFactorSignIn.waiting().isPresent()) {
            event.forwardTo(SecondFactorView.class);
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            var incident = incident();
            form.setI18n(busy() ? i18n("login.error.busy")
                    : incident != null ? i18n("login.error.unavailable", incident) : i18n(FAILED));
            form.setError(true);
        }
    }

    private static @Nullable Object sessionAttribute(String name) {
        var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
        return session == null ? null : session.getAttribute(name);
    }

    /** Whether the last sign-in waited too long for its password check: many people sign in at once. */
    private static boolean busy() {
        return sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInBusyException;
    }

    /** The code of the last failed sign-in if it failed on our side, not on what was typed. */
    private static @Nullable Object incident() {
        return sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException failure
                && !SignInFailureHandler.isAboutTheAccount(failure) && !(failure instanceof SignInBusyException) ? sessionAttribute(SignInFailureHandler.INCIDENT) : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
