package kz.urpaq.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.AccountRules;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.PasswordPolicy;

/**
 * Where someone whose password was chosen by others (the first administrator's, from the
 * environment) must choose their own before anything else: {@link PasswordChangeGate} sends
 * every navigation here until they have. No menu, only the form and a way out.
 */
@Route(value = "change-password", autoLayout = false)
@PermitAll
class ChangePasswordView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    ChangePasswordView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        addClassName("account-view");

        current.setId(AccountRules.FIELD_CURRENT_PASSWORD);
        current.setLabel(getTranslation("profile.password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setId(AccountRules.FIELD_PASSWORD);
        password.setLabel(getTranslation("profile.password.new"));
        password.setHelperText(getTranslation("password.hint", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setId("password-repeat");
        repeat.setLabel(getTranslation("profile.password.repeat"));
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        for (var field : new PasswordField[]{current, password, repeat}) {
            field.setRequiredIndicatorVisible(true);
            field.setWidthFull();
        }

        var save = new Button(getTranslation("profile.password.change"), click -> save());
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        var signOut = new Button(getTranslation("nav.sign-out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);

        var content = new Div(current, password, repeat, save, signOut);
        content.addClassName("account-form");
        add(new ViewHeader(getTranslation("change-password.title"), getTranslation("change-password.description")),
                content);
    }

    private void save() {
        current.setInvalid(false);
        password.setInvalid(false);
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            markInvalid(repeat, getTranslation("password.error.repeat-differs"));
            return;
        }
        try {
            accounts.changePassword(current.getValue(), password.getValue());
        } catch (InputRefusedException refused) {
            markInvalid(AccountRules.FIELD_CURRENT_PASSWORD.equals(refused.refusal().field()) ? current : password,
                    getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray()));
            return;
        }
        UI.getCurrent().navigate("");
    }

    private static void markInvalid(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("change-password.title") + " · " + getTranslation("app.name");
    }
}
