package kz.urpaq.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.security.AccountLinkService;
import kz.urpaq.security.AccountRules;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.PasswordPolicy;
import org.jspecify.annotations.Nullable;

import java.util.function.Consumer;

/**
 * What the pages behind the invitation and the reset links show under their heading. While the
 * link works: the new password typed twice, checked by the rule the service applies again
 * ({@link AccountRules#checkPassword}), each message at its field in the person's language. Once
 * saved, or when the link does not work (on opening, or when the service says so on saving): the
 * page's own sentence and the link that leads on from it.
 */
class NewPasswordForm extends Div {

    /** A sentence and the link that leads on from it: how the page ends. */
    record Ending(String text, String path, String linkText) {
    }

    /** What the binder holds; nothing else reads it. */
    private static final class Choice {
        String password = "";
        String repeat = "";
    }

    private final Binder<Choice> binder = new Binder<>();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Button save = new Button();
    private final Ending saved;
    private final Ending linkInvalid;
    private @Nullable Paragraph intro;
    private Consumer<String> saving = chosen -> { };

    NewPasswordForm(String passwordLabel, String repeatLabel, String saveText, Ending saved, Ending linkInvalid) {
        this.saved = saved;
        this.linkInvalid = linkInvalid;
        addClassName("account-form");

        password.setId("password");
        password.setLabel(passwordLabel);
        password.setHelperText(getTranslation("password.hint", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setI18n(new PasswordField.PasswordFieldI18n().setMaxLengthErrorMessage(getTranslation(
                PasswordPolicy.Problem.TOO_LONG.messageKey(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH)));
        binder.forField(password)
                .withValidator((value, context) -> AccountRules.checkPassword(AccountRules.FIELD_PASSWORD, value)
                        .map(refusal -> ValidationResult.error(getTranslation(refusal.messageKey(), refusal.argsArray())))
                        .orElse(ValidationResult.ok()))
                .bind(choice -> choice.password, (choice, value) -> choice.password = value);

        repeat.setId("password-repeat");
        repeat.setLabel(repeatLabel);
        binder.forField(repeat)
                .withValidator(value -> value.equals(password.getValue()), getTranslation("password.error.repeat-differs"))
                .bind(choice -> choice.repeat, (choice, value) -> choice.repeat = value);

        for (var field : new PasswordField[]{password, repeat}) {
            field.setAutocomplete(Autocomplete.NEW_PASSWORD);
            field.setRequiredIndicatorVisible(true);
            field.setWidthFull();
        }

        save.setText(saveText);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setDisableOnClick(true);
        save.addClickListener(click -> submit());
    }

    /** A sentence above the fields, while they are shown. */
    void setIntro(String text) {
        intro = notice(text);
    }

    /**
     * Shows the fields when the link works, else that it does not.
     *
     * @param saving gives the chosen password to the service, which may refuse it or the link
     */
    void open(boolean linkWorks, Consumer<String> saving) {
        this.saving = saving;
        removeAll();
        if (!linkWorks) {
            end(linkInvalid);
            return;
        }
        if (intro != null) {
            add(intro);
        }
        add(password, repeat, save);
    }

    private void submit() {
        try {
            var choice = new Choice();
            if (!binder.writeBeanIfValid(choice)) {
                (password.isInvalid() ? password : repeat).focus();
                return;
            }
            saving.accept(choice.password);
            end(saved).getElement().setAttribute("role", "status");
        } catch (RefusedException refused) {
            show(refused);
        } finally {
            save.setEnabled(true);
        }
    }

    private void show(RefusedException refused) {
        var field = refused instanceof InputRefusedException input ? input.refusal().field() : "";
        switch (field) {
            case AccountLinkService.FIELD_LINK -> end(linkInvalid);
            case AccountRules.FIELD_PASSWORD -> {
                password.setErrorMessage(Notifications.message(this, refused));
                password.setInvalid(true);
                password.focus();
            }
            default -> Notifications.refused(this, refused);
        }
    }

    /** Replaces everything with the ending; returns its sentence. */
    private Paragraph end(Ending ending) {
        removeAll();
        var sentence = notice(ending.text());
        var onwards = new Anchor(ending.path(), ending.linkText());
        onwards.addClassName("account-link");
        add(sentence, onwards);
        return sentence;
    }

    private static Paragraph notice(String text) {
        var notice = new Paragraph(text);
        notice.addClassName("account-notice");
        return notice;
    }
}
