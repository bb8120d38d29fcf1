package kz.urpaq.base.ui;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A Vaadin field that checks a limit of its own (a length, a pattern, a number's range, a number
 * it cannot read) turns red with an empty message unless it is told what to say, and a Binder
 * shows that empty message before any rule of ours. Every field with such a limit gets its
 * limits here, together with a message that names them, in the page's language. Rules that need
 * to say more (an IIN's digit count, a phone number's form) leave the field without a limit of
 * its own and check in their validator.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    /** Text up to {@code maxLength} characters. */
    public static TextField text(TextField field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setI18n(new TextField.TextFieldI18n()
                .setRequiredErrorMessage(field.getTranslation("field.error.required"))
                .setMaxLengthErrorMessage(field.getTranslation("field.error.max-length", maxLength)));
        return field;
    }

    /** Text up to {@code maxLength} characters. */
    public static TextArea text(TextArea field, int maxLength) {
        field.setMaxLength(maxLength);
        field.setI18n(new TextArea.TextAreaI18n()
                .setRequiredErrorMessage(field.getTranslation("field.error.required"))
                .setMaxLengthErrorMessage(field.getTranslation("field.error.max-length", maxLength)));
        return field;
    }

    /** A whole number from {@code min} to {@code max}. */
    public static IntegerField wholeNumber(IntegerField field, int min, int max) {
        field.setMin(min);
        field.setMax(max);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(field.getTranslation("field.error.whole-number"))
                .setRequiredErrorMessage(field.getTranslation("field.error.required"))
                .setMinErrorMessage(field.getTranslation("field.error.min", min))
                .setMaxErrorMessage(field.getTranslation("field.error.max", max))
                .setStepErrorMessage(field.getTranslation("field.error.whole-number")));
        return field;
    }

    /** A whole number, not below zero: counts, sizes, amounts and years. */
    public static IntegerField wholeNumber(IntegerField field) {
        return wholeNumber(field, 0, Integer.MAX_VALUE);
    }

    /** A decimal number: a message for text that is not one (the service checks its range). */
    public static BigDecimalField decimal(BigDecimalField field) {
        field.setI18n(new BigDecimalField.BigDecimalFieldI18n()
                .setBadInputErrorMessage(field.getTranslation("field.error.decimal"))
                .setRequiredErrorMessage(field.getTranslation("field.error.required")));
        return field;
    }
}
