package kz.urpaq.grant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.certificate.AmountInWords;
import kz.urpaq.grant.GrantService;
import kz.urpaq.grant.GuardianAgreement;
import kz.urpaq.security.InputRefusedException;

/**
 * Where the guardian of a recipient under 18 lands from the mailed link (domain.md §14): it names
 * the recipient, the project and the amount, offers the agreement to read, and confirms it with
 * the guardian's full name — once.
 */
@Route("grant-guardian/:token")
@AnonymousAllowed
class GrantGuardianView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final GrantService grants;

    GrantGuardianView(GrantService grants) {
        this.grants = grants;
        addClassNames("account-view", "grant-guardian-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var token = event.getRouteParameters().get("token").orElse("");
        grants.guardianRequest(token).ifPresentOrElse(request -> form(token, request), this::invalid);
    }

    private void form(String token, GuardianAgreement request) {
        add(new ViewHeader(getTranslation("grant.guardian.title"), getTranslation("grant.guardian.text",
                request.recipientName(), request.projectTitle(), AmountInWords.digits(request.amount().longValue()))));
        var pdf = new Anchor(GrantRegisterView.pdf(() -> grants.guardianAgreementPdf(token), "agreement.pdf"),
                AttachmentType.DOWNLOAD, getTranslation("grant.mine.download"));
        pdf.setId("grant-guardian-agreement");
        var name = new TextField(getTranslation("grant.guardian.name"));
        name.setId(GrantService.FIELD_GUARDIAN_NAME);
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        name.setWidthFull();
        var confirm = new Button(getTranslation("grant.guardian.confirm"), click -> {
            name.setInvalid(false);
            try {
                grants.confirmByGuardian(token, name.getValue());
                removeAll();
                add(new ViewHeader(getTranslation("grant.guardian.title"), ""));
                var done = new Paragraph(getTranslation("grant.guardian.done"));
                done.setId("grant-guardian-done");
                add(done);
            } catch (InputRefusedException refused) {
                name.setErrorMessage(getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray()));
                name.setInvalid(true);
                name.focus();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        confirm.setId("grant-guardian-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        var content = new Div(pdf, name, confirm);
        content.addClassName("account-form");
        add(content);
    }

    private void invalid() {
        add(new ViewHeader(getTranslation("grant.guardian.title"), ""));
        var text = new Paragraph(getTranslation("grant.guardian.invalid"));
        text.setId("grant-guardian-invalid");
        add(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("grant.guardian.title") + " · " + getTranslation("app.name");
    }
}
