package kz.urpaq.base.ui;

import com.vaadin.flow.component.customfield.CustomField;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A {@link RowsEditor} as one field a Binder binds. The rows are read whenever the value is asked
 * for, since a row's own fields do not tell the editor they changed. A row left incomplete (a name
 * missing in one language, a tranche without its percent) makes the value empty — the row's
 * {@code value()} throws {@link IllegalArgumentException} — so the binding's rule can say so on the field.
 */
public class RowsField<T> extends CustomField<@Nullable List<T>> {

    private final RowsEditor<T> rows;

    public RowsField(RowsEditor<T> rows) {
        this.rows = rows;
        add(rows);
        setWidthFull();
    }

    @Override
    public @Nullable List<T> getValue() {
        return generateModelValue();
    }

    @Override
    protected @Nullable List<T> generateModelValue() {
        try {
            return rows.getValue();
        } catch (IllegalArgumentException incomplete) {
            return null;
        }
    }

    @Override
    protected void setPresentationValue(@Nullable List<T> value) {
        rows.setValue(value == null ? List.of() : value);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        rows.setReadOnly(readOnly);
    }
}
