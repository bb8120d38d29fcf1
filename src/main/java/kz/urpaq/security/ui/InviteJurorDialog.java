package kz.urpaq.security.ui;

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
import kz.urpaq.security.AccountLinkService;
import kz.urpaq.security.AccountRules;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.UserAccount;

/**
 * An administrator invites a juror: address, name and the language the invitation is written
 * in. The juror chooses a password through the mailed link.
 */
class InviteJurorDialog extends Dialog {

    private final AccountService accountService;
    private final Runnable onInvited;
    private final EmailField email = new EmailField();
    private final TextField name = new TextField();
    private final Select<Language> language = new Select<>();

    InviteJurorDialog(AccountService accountService, Runnable onInvited) {
        this.accountService = accountService;
        this.onInvited = onInvited;
        setHeaderTitle(getTranslation("users.invite.title"));
        setWidth("min(32rem, 100vw)");

        email.setId("invite-email");
        email.setLabel(getTranslation("users.invite.email"));
        email.setMaxLength(UserAccount.EMAIL_MAX_LENGTH);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        name.setId("invite-name");
        name.setLabel(getTranslation("users.invite.name"));
        name.setMaxLength(UserAccount.DISPLAY_NAME_MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        language.setId("invite-language");
        language.setLabel(getTranslation("users.invite.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::nativeName);
        language.setValue(Language.DEFAULT);

        var explanation = new Paragraph(getTranslation("users.invite.explanation",
                AccountLinkService.INVITATION_VALIDITY.toDays()));
        var content = new VerticalLayout(explanation, email, name, language);
        content.setPadding(false);
        add(content);

        var send = new Button(getTranslation("users.invite.send"), click -> send());
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("users.dialog.cancel"), click -> close());
        getFooter().add(cancel, send);
    }

    private void send() {
        email.setInvalid(false);
        name.setInvalid(false);
        try {
            var invited = accountService.inviteJuror(email.getValue(), name.getValue(), language.getValue());
            close();
            onInvited.run();
            Notifications.success(getTranslation("users.invite.sent", invited.email()));
        } catch (InputRefusedException refused) {
            var refusal = refused.refusal();
            HasValidationProperties field = AccountRules.FIELD_FULL_NAME.equals(refusal.field()) ? name : email;
            field.setErrorMessage(getTranslation(refusal.messageKey(), refusal.argsArray()));
            field.setInvalid(true);
        }
    }
}
