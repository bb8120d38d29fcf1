package kz.urpaq.applicant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.applicant.ApplicantRules;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.base.i18n.LanguagePreferences;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.security.AccountLinkService;
import kz.urpaq.security.AccountRules;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AppRoles;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.PasswordPolicy;

/**
 * The applicant's own profile: the address and its confirmation, the personal details (IIN in
 * full: this is its owner), and a new password.
 */
@Route("profile")
@RolesAllowed(AppRoles.APPLICANT)
class ProfileView extends Main implements HasDynamicTitle {

    private final ApplicantProfileService profiles;
    private final AccountService accounts;
    private final AccountLinkService links;
    private final LanguagePreferences languagePreferences;
    private final Binder<ApplicantDraft> binder = new Binder<>();
    private final ApplicantFields fields;
    private final Checkbox consent = new Checkbox();
    private boolean hasProfile;

    ProfileView(ApplicantProfileService profiles, AccountService accounts, AccountLinkService links,
                LanguagePreferences languagePreferences) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.links = links;
        this.languagePreferences = languagePreferences;
        addClassName("applicant-view");
        addClassName("profile-view");

        var account = accounts.current().orElseThrow();
        var profile = profiles.myProfile();
        hasProfile = profile.isPresent();
        fields = new ApplicantFields(binder, profiles.ageRule(), profiles.today());
        binder.readBean(ApplicantDraft.of(account.displayName(), account.language(), profile.orElse(null)));

        add(new ViewHeader(getTranslation("profile.title"), getTranslation("profile.description")));
        add(emailStatus(account.email()));
        add(details());
        add(passwordChange());
        add(myData());
    }

    private Div emailStatus(String address) {
        var box = new Div();
        box.addClassName("profile-email");
        var line = new Paragraph(getTranslation("profile.email") + ": ");
        line.add(new Span(address));
        box.add(line);
        if (accounts.isCurrentEmailConfirmed()) {
            var confirmed = new Span(getTranslation("profile.email.confirmed"));
            confirmed.addClassName("badge-confirmed");
            box.add(confirmed);
        } else {
            var pending = new Paragraph(getTranslation("profile.email.unconfirmed"));
            pending.addClassName("badge-unconfirmed");
            var resend = new Button(getTranslation("profile.email.resend"), click -> {
                var sent = links.resendEmailConfirmation();
                Notification.show(getTranslation(sent ? "profile.email.resent" : "profile.email.wait", address));
            });
            resend.setId("resend-confirmation");
            resend.addThemeVariants(ButtonVariant.SMALL);
            box.add(pending, resend);
        }
        return box;
    }

    private Div details() {
        var section = new Div();
        section.addClassName("profile-section");
        section.add(new H2(getTranslation("profile.section.details")));
        if (hasProfile) {
            fields.fixIdentity();
        } else {
            var missing = new Paragraph(getTranslation("profile.missing"));
            missing.addClassName("profile-missing");
            section.add(missing);
        }
        section.add(fields);
        if (!hasProfile) {
            fields.name(consent, ApplicantRules.FIELD_CONSENT);
            consent.setLabel(getTranslation("consent.label"));
            consent.setRequiredIndicatorVisible(true);
            binder.forField(consent).withValidator(fields.rule(ApplicantRules::checkConsent))
                    .bind(d -> d.consent, (d, v) -> d.consent = v);
            section.add(consent);
        }
        var save = new Button(getTranslation("profile.save"), click -> save());
        save.setId("save-profile");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        section.add(save);
        return section;
    }

    private void save() {
        var draft = new ApplicantDraft();
        if (!FormSupport.validateAndFocus(binder, this) || !binder.writeBeanIfValid(draft)) {
            return;
        }
        var before = Language.of(getLocale());
        try {
            profiles.saveMyProfile(draft.toSpec());
        } catch (InputRefusedException refused) {
            if (!fields.show(refused.refusal())) {
                Notification.show(getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray()))
                        .addThemeVariants(NotificationVariant.ERROR);
            }
            return;
        }
        if (draft.language != before) {
            languagePreferences.remember(draft.language);
            UI.getCurrent().getPage().reload();
            return;
        }
        if (!hasProfile) {
            UI.getCurrent().refreshCurrentRoute(false);
            return;
        }
        Notification.show(getTranslation("profile.saved")).addThemeVariants(NotificationVariant.SUCCESS);
    }

    private Div passwordChange() {
        var current = new PasswordField(getTranslation("profile.password.current"));
        current.setId(AccountRules.FIELD_CURRENT_PASSWORD);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        var next = new PasswordField(getTranslation("profile.password.new"));
        next.setId("new-password");
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        next.setHelperText(getTranslation("password.hint", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        var repeat = new PasswordField(getTranslation("profile.password.repeat"));
        repeat.setId("new-password-repeat");
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);

        var change = new Button(getTranslation("profile.password.change"), click -> {
            current.setInvalid(false);
            next.setInvalid(false);
            repeat.setInvalid(false);
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("password.error.repeat-differs"));
                repeat.setInvalid(true);
                return;
            }
            try {
                accounts.changePassword(current.getValue(), next.getValue());
            } catch (InputRefusedException refused) {
                var field = AccountRules.FIELD_CURRENT_PASSWORD.equals(refused.refusal().field()) ? current : next;
                field.setErrorMessage(getTranslation(refused.refusal().messageKey(), refused.refusal().argsArray()));
                field.setInvalid(true);
                field.focus();
                return;
            }
            current.clear();
            next.clear();
            repeat.clear();
            Notification.show(getTranslation("profile.password.changed")).addThemeVariants(NotificationVariant.SUCCESS);
        });
        change.setId("change-password");

        var layout = new FormLayout(current, next, repeat);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        var section = new Div(new H2(getTranslation("profile.section.password")), layout, change);
        section.addClassName("profile-section");
        return section;
    }

    /** "Download my data" and "delete my account" live on their own page (the privacy room's), linked here. */
    private Div myData() {
        var link = new com.vaadin.flow.component.html.Anchor("profile/data", getTranslation("my-data.link"));
        link.setId("my-data-link");
        var section = new Div(new H2(getTranslation("my-data.title")),
                new com.vaadin.flow.component.html.Paragraph(getTranslation("my-data.profile-text")), link);
        section.addClassName("profile-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title") + " · " + getTranslation("app.name");
    }
}
