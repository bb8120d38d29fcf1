package kz.urpaq.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.submission.GuardianConsentService;
import kz.urpaq.submission.GuardianRequest;

import java.time.Clock;

/**
 * Where a minor's parent or guardian lands from the mailed link (SPEC §15): it names the applicant
 * and the competition, asks for the guardian's name and their consent, and works once.
 */
@Route("guardian-consent/:token")
@AnonymousAllowed
class GuardianConsentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final GuardianConsentService guardians;
    private final Clock clock;

    GuardianConsentView(GuardianConsentService guardians, Clock clock) {
        this.guardians = guardians;
        this.clock = clock;
        addClassNames("account-view", "guardian-consent-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var token = event.getRouteParameters().get("token").orElse("");
        guardians.pending(token).ifPresentOrElse(request -> form(token, request), this::invalid);
    }

    private void form(String token, GuardianRequest request) {
        add(new ViewHeader(getTranslation("guardian.page.title"), getTranslation("guardian.page.lead",
                request.applicantName(), request.competitionTitle().in(getLocale()))));
        var what = new Paragraph(getTranslation("guardian.page.what") + " ");
        what.add(new Anchor("privacy", getTranslation("privacy.link")));
        var name = new TextField(getTranslation("guardian.page.name"));
        name.setId(GuardianConsentService.FIELD_GUARDIAN_FULL_NAME);
        name.setRequiredIndicatorVisible(true);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        name.setWidthFull();
        var agree = new Checkbox(getTranslation("guardian.page.agree"));
        agree.setId("guardian-agree");
        agree.setRequiredIndicatorVisible(true);
        var confirm = new Button(getTranslation("guardian.page.confirm"));
        confirm.setId("guardian-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(click -> {
            name.setInvalid(false);
            agree.setInvalid(false);
            if (!agree.getValue()) {
                agree.setErrorMessage(getTranslation("guardian.page.agree.required"));
                agree.setInvalid(true);
                agree.focus();
                return;
            }
            try {
                guardians.confirm(token, name.getValue());
                removeAll();
                add(new ViewHeader(getTranslation("guardian.page.title"), ""));
                var done = new Paragraph(getTranslation("guardian.page.done", Almaty.dateTime(clock.instant())));
                done.setId("guardian-done");
                add(done);
            } catch (InputRefusedException refused) {
                name.setErrorMessage(getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray()));
                name.setInvalid(true);
                name.focus();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        var content = new Div(what, name, agree, confirm);
        content.addClassName("account-form");
        add(content);
    }

    private void invalid() {
        add(new ViewHeader(getTranslation("guardian.page.title"), ""));
        var text = new Paragraph(getTranslation("guardian.refused.link-invalid"));
        text.setId("guardian-link-invalid");
        add(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guardian.page.title") + " · " + getTranslation("app.name");
    }
}
