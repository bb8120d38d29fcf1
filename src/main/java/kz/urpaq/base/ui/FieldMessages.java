package kz.urpaq.base.ui;

import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Vaadin field that checks a limit of its own (a length, a pattern, a number's range, a number
 * it cannot read) turns red with an empty message unless it is told what to say, and a Binder
 * shows that empty message before any rule of ours. Every field with such a limit gets its
 * limits here, together with a message that names them, in the page's language. Rules that need
 * to say more (an IIN's digit count, a phone number's form) leave the field without a limit of
 * its own and check in their validator.
 *
 * <p>The messages depend only on the language and the limits, so fields share one set of them
 * per language and limit for the whole server instead of a copy in each field of each session
 * (docs/benchmarks.md §2). Nobody changes a field's messages after this, so sharing is safe.
 */
public final class FieldMessages {

    /** By kind of field and its messages, which name the language and the limits. */
    private static final Map<List<String>, Object> SHARED = new ConcurrentHashMap<>();

    private FieldMessages() {
    }

    /** Text up to {@code maxLength} characters. */
    public static TextField text(TextField field, int maxLength) {
        field.setMaxLength(maxLength);
        var required = field.getTranslation("field.error.required");
        var tooLong = field.getTranslation("field.error.max-length", maxLength);
        field.setI18n(shared(List.of("text", required, tooLong), () -> new TextField.TextFieldI18n()
                .setRequiredErrorMessage(required).setMaxLengthErrorMessage(tooLong)));
        return field;
    }

    /** Text up to {@code maxLength} characters. */
    public static TextArea text(TextArea field, int maxLength) {
        field.setMaxLength(maxLength);
        var required = field.getTranslation("field.error.required");
        var tooLong = field.getTranslation("field.error.max-length", maxLength);
        field.setI18n(shared(List.of("area", required, tooLong), () -> new TextArea.TextAreaI18n()
                .setRequiredErrorMessage(required).setMaxLengthErrorMessage(tooLong)));
        return field;
    }

    /** A whole number from {@code min} to {@code max}. */
    public static IntegerField wholeNumber(IntegerField field, int min, int max) {
        field.setMin(min);
        field.setMax(max);
        var notWhole = field.getTranslation("field.error.whole-number");
        var required = field.getTranslation("field.error.required");
        var tooSmall = field.getTranslation("field.error.min", min);
        var tooLarge = field.getTranslation("field.error.max", max);
        field.setI18n(shared(List.of("integer", notWhole, required, tooSmall, tooLarge),
                () -> new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(notWhole)
                        .setRequiredErrorMessage(required).setMinErrorMessage(tooSmall)
                        .setMaxErrorMessage(tooLarge).setStepErrorMessage(notWhole)));
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

    @SuppressWarnings("unchecked")
    private static <T> T shared(List<String> key, Supplier<T> messages) {
        return (T) SHARED.computeIfAbsent(key, k -> messages.get());
    }
}
