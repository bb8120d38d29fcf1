package kz.urpaq.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import kz.urpaq.security.AccountRules;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.SecondFactorService;
import kz.urpaq.security.StepUp;
import org.springframework.stereotype.Component;

/**
 * Runs a sensitive action (finalise, announce, change access, revoke, reset a factor) at once when
 * the person signed in within ten minutes, else after a dialog that asks for their password and
 * code again (domain.md §12). The services refuse without it anyway; this is the way through.
 */
@Component
public class StepUpPrompt {

    private final StepUp stepUp;
    private final SecondFactorService secondFactors;
    private final CurrentUser currentUser;

    StepUpPrompt(StepUp stepUp, SecondFactorService secondFactors, CurrentUser currentUser) {
        this.stepUp = stepUp;
        this.secondFactors = secondFactors;
        this.currentUser = currentUser;
    }

    public void around(Runnable action) {
        if (stepUp.isRecent()) {
            action.run();
            return;
        }
        var needsCode = currentUser.get().map(principal -> principal.needsSecondFactor()).orElse(false);
        var dialog = new Dialog();
        dialog.setId("step-up-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("step-up.title"));
        var explanation = new Paragraph(dialog.getTranslation(needsCode ? "step-up.description.code"
                : "step-up.description"));
        var password = new PasswordField(dialog.getTranslation("step-up.password"));
        password.setId("step-up-password");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        var code = new TextField(dialog.getTranslation("second-factor.code"));
        code.setId("step-up-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setHelperText(dialog.getTranslation("second-factor.code.hint"));
        code.setWidthFull();
        code.setVisible(needsCode);
        dialog.add(explanation, password, code);
        var confirm = new Button(dialog.getTranslation("step-up.confirm"), click -> {
            password.setInvalid(false);
            code.setInvalid(false);
            try {
                secondFactors.confirmStepUp(password.getValue(), code.getValue());
            } catch (InputRefusedException refused) {
                var field = AccountRules.FIELD_PASSWORD.equals(refused.refusal().field()) ? password : null;
                var message = dialog.getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray());
                if (field != null) {
                    password.setErrorMessage(message);
                    password.setInvalid(true);
                    password.focus();
                } else {
                    code.setErrorMessage(message);
                    code.setInvalid(true);
                    code.focus();
                }
                return;
            }
            dialog.close();
            action.run();
        });
        confirm.setId("step-up-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        confirm.setDisableOnClick(false);
        var cancel = new Button(dialog.getTranslation("step-up.cancel"), click -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        password.focus();
    }
}
