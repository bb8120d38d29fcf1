package kz.urpaq.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.submission.GuardianConsentService;
import kz.urpaq.submission.GuardianStatus;

/**
 * On a minor's application: whom the consent was asked from and whether it came, the guardian's
 * e-mail, and the button that asks (again). Shown only when the applicant is under 18 on the deadline.
 */
class GuardianPanel extends Div {

    private final GuardianConsentService guardians;
    private final long applicationId;
    private final boolean editable;

    GuardianPanel(GuardianConsentService guardians, long applicationId, GuardianStatus status, boolean editable) {
        this.guardians = guardians;
        this.applicationId = applicationId;
        this.editable = editable;
        setId("guardian-panel");
        addClassNames("guardian-panel", "form-section");
        show(status);
    }

    private void show(GuardianStatus status) {
        removeAll();
        add(new H2(getTranslation("guardian.panel.title")));
        var state = new Paragraph();
        state.setId("guardian-status");
        state.getElement().setAttribute("aria-live", "polite");
        if (status.confirmed()) {
            state.setText(getTranslation("guardian.status.confirmed", status.guardianName(),
                    Almaty.dateTime(status.confirmedAt())));
            add(state);
            return;
        }
        add(new Paragraph(getTranslation("guardian.panel.text")));
        state.setText(status.requested()
                ? getTranslation("guardian.status.sent", status.guardianEmail(), Almaty.dateTime(status.requestedAt()),
                Almaty.dateTime(status.linkExpiresAt()))
                : getTranslation("guardian.status.not-sent"));
        add(state);
        if (!editable) {
            return;
        }
        var email = new EmailField(getTranslation("guardian.email"));
        email.setId(GuardianConsentService.FIELD_GUARDIAN_EMAIL);
        email.setWidthFull();
        email.setMaxLength(254);
        if (status.guardianEmail() != null) {
            email.setValue(status.guardianEmail());
        }
        var send = new Button(getTranslation(status.requested() ? "guardian.send-again" : "guardian.send"), click -> {
            email.setInvalid(false);
            try {
                show(guardians.request(applicationId, email.getValue()));
                Notifications.success(getTranslation("guardian.sent.notice"));
            } catch (InputRefusedException refused) {
                email.setErrorMessage(getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray()));
                email.setInvalid(true);
                email.focus();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        send.setId(status.requested() ? "guardian-send-again" : "guardian-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(email, send);
        form.addClassName("guardian-form");
        add(form);
    }
}
