package kz.urpaq.applicant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.applicant.ApplicantRules;
import kz.urpaq.applicant.RegistrationService;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.AccountLinkService;
import kz.urpaq.security.AccountRules;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.PasswordPolicy;
import kz.urpaq.security.Role;
import kz.urpaq.security.UserAccount;

/**
 * A visitor opens an applicant account: account, profile and consents on one page. Afterwards
 * the page asks them to confirm their address by the mailed link, then to sign in.
 */
@Route("register")
@AnonymousAllowed
class RegisterView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistrationService registration;
    private final CurrentUser currentUser;
    private final Binder<ApplicantDraft> binder = new Binder<>();
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final PasswordField passwordRepeat = new PasswordField();
    private final Checkbox consent = new Checkbox();
    private final ApplicantFields fields;
    private final Div form = new Div();

    RegisterView(RegistrationService registration, ApplicantProfileService profiles, CurrentUser currentUser) {
        this.registration = registration;
        this.currentUser = currentUser;
        addClassName("applicant-view");
        addClassName("register-view");
        fields = new ApplicantFields(binder, profiles.ageRule(), profiles.today());

        fields.name(email, AccountRules.FIELD_EMAIL);
        email.setLabel(getTranslation("register.email"));
        email.setHelperText(getTranslation("register.email.hint"));
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setMaxLength(UserAccount.EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        binder.forField(email).asRequired(getTranslation("account.error.email-required"))
                .withValidator(fields.rule(AccountRules::checkEmail))
                .bind(d -> d.email, (d, v) -> d.email = v);

        fields.name(password, AccountRules.FIELD_PASSWORD);
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("password.hint", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setRequiredIndicatorVisible(true);
        binder.forField(password)
                .withValidator(fields.rule(value -> AccountRules.checkPassword(AccountRules.FIELD_PASSWORD, value)))
                .bind(d -> d.password, (d, v) -> d.password = v);

        passwordRepeat.setId("password-repeat");
        passwordRepeat.setLabel(getTranslation("register.password-repeat"));
        passwordRepeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        passwordRepeat.setMaxLength(PasswordPolicy.MAX_LENGTH);
        passwordRepeat.setRequiredIndicatorVisible(true);
        binder.forField(passwordRepeat)
                .withValidator(value -> value.equals(password.getValue()),
                        getTranslation("password.error.repeat-differs"))
                .bind(d -> d.passwordRepeat, (d, v) -> d.passwordRepeat = v);

        fields.name(consent, ApplicantRules.FIELD_CONSENT);
        consent.setLabel(getTranslation("consent.label"));
        consent.setRequiredIndicatorVisible(true);
        binder.forField(consent).withValidator(fields.rule(ApplicantRules::checkConsent))
                .bind(d -> d.consent, (d, v) -> d.consent = v);

        var draft = new ApplicantDraft();
        draft.language = Language.of(getLocale());
        binder.readBean(draft);

        var account = new FormLayout(email, password, passwordRepeat);
        account.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        account.setColspan(email, 2);

        var submit = new Button(getTranslation("register.submit"), click -> register());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("register");
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit.setEnabled(true));

        var signIn = new Paragraph(getTranslation("register.have-account") + " ");
        signIn.add(new Anchor("login", getTranslation("register.sign-in")));

        form.addClassName("register-form");
        form.add(new H2(getTranslation("register.section.account")), account,
                new H2(getTranslation("register.section.about")), fields, consent, submit, signIn);
        add(new ViewHeader(getTranslation("register.title"), getTranslation("register.description")), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentUser.get().ifPresent(principal ->
                event.forwardTo(principal.hasRole(Role.APPLICANT) ? "profile" : ""));
    }

    private void register() {
        var draft = new ApplicantDraft();
        if (!FormSupport.validateAndFocus(binder, this) || !binder.writeBeanIfValid(draft)) {
            return;
        }
        try {
            registration.register(draft.email, draft.password, draft.toSpec());
        } catch (InputRefusedException refused) {
            if (!fields.show(refused.refusal())) {
                Notification.show(getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray()))
                        .addThemeVariants(NotificationVariant.ERROR);
            }
            return;
        }
        showDone(draft.email.strip());
    }

    private void showDone(String address) {
        form.removeAll();
        var done = new Div(new H2(getTranslation("register.done.title")),
                new Paragraph(getTranslation("register.done.text", address,
                        AccountLinkService.CONFIRMATION_VALIDITY.toDays())),
                new Anchor("login", getTranslation("register.done.sign-in")));
        done.addClassName("register-done");
        done.getElement().setAttribute("role", "status");
        form.add(done);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("register.title") + " · " + getTranslation("app.name");
    }
}
