package kz.urpaq.submission.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import kz.urpaq.base.ui.RowsEditor;

import java.util.List;
import java.util.function.Function;

/**
 * A {@link RowsEditor} as one field a Binder binds. It adds no element of its own (unlike a
 * {@code CustomField}): the editor's element, with its id and rows, is the field's. A change in
 * any row, an added row and a removed one are each a change of the value.
 */
class RowsField<T> extends AbstractCompositeField<RowsEditor<T>, RowsField<T>, List<T>> {

    private final RowsEditor<T> rows;

    /**
     * {@code rows} makes a row's fields, given what to call when one of them changes;
     * {@code emptyRow} is what a new row starts with.
     */
    RowsField(String id, String addLabel, String removeLabel, int max, T emptyRow,
              Function<Runnable, Function<T, RowsEditor.Row<T>>> rows) {
        super(List.of());
        this.rows = new RowsEditor<>(id, addLabel, removeLabel, max, emptyRow, rows.apply(this::changed),
                this::changed);
        this.rows.setValue(List.of());
    }

    @Override
    protected RowsEditor<T> initContent() {
        return rows;
    }

    private void changed() {
        setModelValue(rows.getValue(), true);
    }

    @Override
    protected void setPresentationValue(List<T> value) {
        rows.setValue(value);
    }

    /** Shown again from the value, so an editable list offers an empty row and a read-only one does not. */
    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        rows.setReadOnly(readOnly);
        rows.setValue(getValue());
    }
}
