package kz.urpaq.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.AccountLinkService;
import kz.urpaq.security.AccountRules;

/** Asks for the address to mail a reset link to; says the same whether an account has it or not. */
@Route("forgot-password")
@AnonymousAllowed
class ForgotPasswordView extends Main implements HasDynamicTitle {

    private final AccountLinkService links;
    private final EmailField email = new EmailField();
    private final Div content = new Div();

    ForgotPasswordView(AccountLinkService links) {
        this.links = links;
        addClassName("account-view");

        email.setId("email");
        email.setLabel(getTranslation("forgot-password.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();

        var send = new Button(getTranslation("forgot-password.send"), click -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER);

        content.addClassName("account-form");
        content.add(email, send, backToLogin());
        add(new ViewHeader(getTranslation("forgot-password.title"), getTranslation("forgot-password.description")),
                content);
    }

    private void send() {
        var refusal = AccountRules.checkEmail(email.getValue());
        if (refusal.isPresent()) {
            email.setErrorMessage(getTranslation(refusal.get().messageKey(), refusal.get().argsArray()));
            email.setInvalid(true);
            email.focus();
            return;
        }
        try {
            links.requestPasswordReset(email.getValue());
        } catch (RefusedException refused) {
            email.setErrorMessage(Notifications.message(this, refused));
            email.setInvalid(true);
            return;
        }
        content.removeAll();
        var sent = new Paragraph(getTranslation("forgot-password.sent", email.getValue().strip(),
                AccountLinkService.RESET_VALIDITY.toMinutes()));
        sent.addClassName("account-notice");
        sent.getElement().setAttribute("role", "status");
        content.add(sent, backToLogin());
    }

    private Anchor backToLogin() {
        var anchor = new Anchor("login", getTranslation("forgot-password.back-to-login"));
        anchor.addClassName("account-link");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot-password.title") + " · " + getTranslation("app.name");
    }
}
