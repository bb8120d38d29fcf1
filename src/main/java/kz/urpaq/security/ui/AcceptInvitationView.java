package kz.urpaq.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.AccountLinkService;
import kz.urpaq.security.AccountRules;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.PasswordPolicy;

/** Where the invitation link leads: the invited juror chooses a password, once, within the week. */
@Route("accept-invitation/:token")
@AnonymousAllowed
class AcceptInvitationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountLinkService links;
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Div content = new Div();
    private String token = "";

    AcceptInvitationView(AccountLinkService links) {
        this.links = links;
        addClassName("account-view");
        content.addClassName("account-form");

        password.setId("password");
        password.setLabel(getTranslation("accept-invitation.new"));
        password.setHelperText(getTranslation("password.hint", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        repeat.setId("password-repeat");
        repeat.setLabel(getTranslation("accept-invitation.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setRequiredIndicatorVisible(true);
        repeat.setWidthFull();

        add(new ViewHeader(getTranslation("accept-invitation.title"), ""), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        content.removeAll();
        if (!links.isInvitationValid(token)) {
            showInvalidLink();
            return;
        }
        var save = new Button(getTranslation("accept-invitation.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        var intro = new Paragraph(getTranslation("accept-invitation.intro"));
        intro.addClassName("account-notice");
        content.add(intro, password, repeat, save);
    }

    private void save() {
        password.setInvalid(false);
        repeat.setInvalid(false);
        var refusal = AccountRules.checkPassword(AccountRules.FIELD_PASSWORD, password.getValue());
        if (refusal.isPresent()) {
            markInvalid(password, getTranslation(refusal.get().messageKey(), refusal.get().argsArray()));
            return;
        }
        if (!password.getValue().equals(repeat.getValue())) {
            markInvalid(repeat, getTranslation("password.error.repeat-differs"));
            return;
        }
        try {
            links.acceptInvitation(token, password.getValue());
        } catch (InputRefusedException refused) {
            if (AccountLinkService.FIELD_LINK.equals(refused.refusal().field())) {
                content.removeAll();
                showInvalidLink();
            } else {
                markInvalid(password, getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray()));
            }
            return;
        }
        content.removeAll();
        var done = new Paragraph(getTranslation("accept-invitation.done"));
        done.addClassName("account-notice");
        done.getElement().setAttribute("role", "status");
        content.add(done, link("login", "accept-invitation.sign-in"));
    }

    private static void markInvalid(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    private void showInvalidLink() {
        var invalid = new Paragraph(getTranslation("accept-invitation.invalid", AccountLinkService.INVITATION_VALIDITY.toDays()));
        invalid.addClassName("account-notice");
        content.add(invalid, link("login", "accept-invitation.sign-in"));
    }

    private Anchor link(String path, String key) {
        var anchor = new Anchor(path, getTranslation(key));
        anchor.addClassName("account-link");
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accept-invitation.title") + " · " + getTranslation("app.name");
    }
}
