package kz.urpaq.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import kz.urpaq.base.ui.FieldMessages;

/**
 * Text inputs that show how much of their limit is used (the limit comes from the entity) and
 * report changes after a short pause in typing, which is when the draft saves itself. The
 * browser's copy of the draft (draft-backup.js) keeps the fields marked {@code data-draft-field}.
 */
final class Counted {

    static final int PAUSE_MILLIS = 800;
    /** The property setMaxLength writes, which the counter reads back. */
    private static final String MAX_LENGTH = "maxlength";

    private Counted() {
    }

    static TextField field(String label, int maxLength) {
        return setUp(FieldMessages.text(new TextField(label), maxLength));
    }

    static TextArea area(String label, int maxLength) {
        return setUp(FieldMessages.text(new TextArea(label), maxLength));
    }

    private static <T extends Component & HasSize & HasHelper & HasValueChangeMode & HasValue<?, String>> T setUp(
            T field) {
        field.getElement().setAttribute("data-draft-field", "");
        field.setWidthFull();
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MILLIS);
        showCount(field);
        field.addValueChangeListener(event -> showCount(field));
        return field;
    }

    /**
     * Read-only text shows no counter: its limit matters only while typing. Whoever makes the
     * field read-only or editable calls this (a property listener on each field would be kept in
     * every session, docs/benchmarks.md §2).
     */
    static <T extends Component & HasHelper & HasValue<?, String>> void showCount(T field) {
        var value = field.getValue();
        field.setHelperText(field.isReadOnly() ? null
                : (value == null ? 0 : value.length()) + " / " + field.getElement().getProperty(MAX_LENGTH, 0));
    }
}
