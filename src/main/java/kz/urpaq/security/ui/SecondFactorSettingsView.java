package kz.urpaq.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.SecondFactorService;

import java.util.List;

/**
 * One's own second factor (domain.md §12): whether it is on and since when, how many recovery codes
 * are left; an applicant turns it on (QR code or key, then a code) or off; anyone with one gets new
 * recovery codes. Turning off and new codes ask for the password and code again.
 */
@Route("account/security")
@PermitAll
class SecondFactorSettingsView extends Main implements HasDynamicTitle {

    private final SecondFactorService secondFactors;
    private final StepUpPrompt stepUp;
    private final Div content = new Div();

    SecondFactorSettingsView(SecondFactorService secondFactors, StepUpPrompt stepUp) {
        this.secondFactors = secondFactors;
        this.stepUp = stepUp;
        addClassName("account-view");
        content.addClassName("account-form");
        add(new ViewHeader(getTranslation("security.title"), getTranslation("security.description")), content);
        show(List.of());
    }

    /** The factor's state, with the recovery codes just made (if any) below it. */
    private void show(List<String> newCodes) {
        content.removeAll();
        var status = secondFactors.myStatus();
        var state = new Paragraph(status.enrolled()
                ? getTranslation("security.on", status.enrolledAt().map(Almaty::dateTime).orElse(""),
                status.recoveryCodesLeft())
                : getTranslation(status.required() ? "security.off-required" : "security.off"));
        state.setId("second-factor-state");
        content.add(state);
        if (!newCodes.isEmpty()) {
            content.add(new Paragraph(getTranslation("recovery-codes.description")), new RecoveryCodeList(newCodes));
        }
        if (!status.enrolled()) {
            var turnOn = new Button(getTranslation("security.turn-on"), click -> enrolment());
            turnOn.setId("second-factor-turn-on");
            turnOn.addThemeVariants(ButtonVariant.PRIMARY);
            content.add(turnOn);
            return;
        }
        var renew = new Button(getTranslation("security.new-codes"), click -> stepUp.around(() ->
                show(secondFactors.renewRecoveryCodes())));
        renew.setId("second-factor-new-codes");
        content.add(renew);
        if (!status.required()) {
            var turnOff = new Button(getTranslation("security.turn-off"), click -> stepUp.around(() -> {
                secondFactors.turnOff();
                Notifications.success(getTranslation("security.turned-off"));
                show(List.of());
            }));
            turnOff.setId("second-factor-turn-off");
            turnOff.addThemeVariants(ButtonVariant.ERROR);
            content.add(turnOff);
        }
    }

    private void enrolment() {
        content.removeAll();
        var factor = secondFactors.newFactor();
        var code = new TextField(getTranslation("second-factor.code"));
        code.setId("second-factor-code");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setRequiredIndicatorVisible(true);
        var confirm = new Button(getTranslation("security.confirm"), click -> {
            try {
                show(secondFactors.enrol(factor.secret(), code.getValue()));
                Notifications.success(getTranslation("security.turned-on"));
            } catch (InputRefusedException refused) {
                code.setErrorMessage(getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray()));
                code.setInvalid(true);
                code.focus();
            }
        });
        confirm.setId("second-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        var cancel = new Button(getTranslation("step-up.cancel"), click -> show(List.of()));
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        content.add(new EnrolmentSteps(factor), code, confirm, cancel);
        code.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.title") + " · " + getTranslation("app.name");
    }
}
