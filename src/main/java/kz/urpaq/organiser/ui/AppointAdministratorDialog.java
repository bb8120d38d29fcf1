package kz.urpaq.organiser.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.organiser.OrganiserSummary;
import kz.urpaq.security.AccountRules;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.UserAccount;
import kz.urpaq.security.ui.StepUpPrompt;

/**
 * The platform administrator appoints an administrator of one organiser: someone with an account
 * gains the role there; anyone else gets an account and an invitation to choose a password.
 */
class AppointAdministratorDialog extends Dialog {

    private final AccountService accounts;
    private final OrganiserSummary organiser;
    private final EmailField email = new EmailField();
    private final TextField name = new TextField();
    private final Select<Language> language = new Select<>();

    AppointAdministratorDialog(AccountService accounts, StepUpPrompt stepUp, OrganiserSummary organiser) {
        this.accounts = accounts;
        this.organiser = organiser;
        setId("appoint-dialog");
        setHeaderTitle(getTranslation("organisers.appoint.title", organiser.name().in(getLocale())));
        setWidth("min(32rem, 100vw)");
        email.setId("appoint-email");
        email.setLabel(getTranslation("users.invite.email"));
        email.setMaxLength(UserAccount.EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        name.setId("appoint-name");
        name.setLabel(getTranslation("users.invite.name"));
        name.setMaxLength(UserAccount.DISPLAY_NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        language.setLabel(getTranslation("users.invite.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.DEFAULT);
        var content = new VerticalLayout(new Paragraph(getTranslation("organisers.appoint.explanation")), email, name,
                language);
        content.setPadding(false);
        add(content);
        var appoint = new Button(getTranslation("organisers.appoint"), click -> stepUp.around(this::appoint));
        appoint.setId("appoint-save");
        appoint.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("users.dialog.cancel"), click -> close()), appoint);
    }

    private void appoint() {
        email.setInvalid(false);
        name.setInvalid(false);
        try {
            var appointed = accounts.appointAdministrator(organiser.id(), email.getValue(), name.getValue(),
                    language.getValue());
            close();
            Notifications.success(getTranslation("organisers.appointed", appointed.email(),
                    organiser.name().in(getLocale())));
        } catch (InputRefusedException refused) {
            var refusal = refused.refusal();
            HasValidationProperties field = AccountRules.FIELD_FULL_NAME.equals(refusal.field()) ? name : email;
            field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.argsArray()));
            field.setInvalid(true);
        }
    }
}
