package kz.urpaq.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * An editable list of rows (milestones, team members, budget lines) with add and remove and a
 * maximum. Rows left completely empty are not part of the value.
 */
public class RowsEditor<T> extends Div {

    /** One row's fields. */
    public interface Row<T> {
        Component component();

        T value();

        boolean isBlank();

        void setReadOnly(boolean readOnly);
    }

    private final Function<T, Row<T>> rowFactory;
    private final @org.jspecify.annotations.Nullable T emptyValue;
    private final int max;
    private final Runnable onChange;
    private final Button add;
    private final List<Row<T>> current = new ArrayList<>();
    /** Each row's element: its fields and its remove button, in this editor before the add button. */
    private final List<Div> wrappers = new ArrayList<>();
    private final String removeLabel;
    private boolean readOnly;

    /** {@code emptyValue} is what a new row starts with; {@code null} when the row factory makes empty fields itself. */
    public RowsEditor(String id, String addLabel, String removeLabel, int max,
                      @org.jspecify.annotations.Nullable T emptyValue, Function<T, Row<T>> rowFactory,
               Runnable onChange) {
        this.rowFactory = rowFactory;
        this.emptyValue = emptyValue;
        this.max = max;
        this.onChange = onChange;
        this.removeLabel = removeLabel;
        setId(id);
        addClassName("rows-editor");
        add = new Button(addLabel, VaadinIcon.PLUS.create(), click -> {
            addRow(emptyValue);
            onChange.run();
        });
        add.addThemeVariants(ButtonVariant.TERTIARY);
        // The rows go straight into this element, before the button: a container of their own
        // would be one more state node in every session (docs/benchmarks.md §2).
        add(add);
    }

    public void setValue(List<T> values) {
        wrappers.forEach(this::remove);
        wrappers.clear();
        current.clear();
        values.forEach(this::addRow);
        if (values.isEmpty() && !readOnly) {
            addRow(emptyValue, false);
        }
        refreshButtons();
    }

    public List<T> getValue() {
        return current.stream().filter(row -> !row.isBlank()).map(Row::value).toList();
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        current.forEach(row -> row.setReadOnly(readOnly));
        refreshButtons();
    }

    private void addRow(T value) {
        addRow(value, true);
    }

    /**
     * Adds a row before the add button. The row offered on its own in an empty list is only a line
     * to type into: it gets its remove button when one of its fields first changes, since until
     * then there is nothing to remove (and a button fewer in every session, docs/benchmarks.md §2).
     */
    private void addRow(T value, boolean removable) {
        if (current.size() >= max) {
            return;
        }
        var row = rowFactory.apply(value);
        row.setReadOnly(readOnly);
        var wrapper = new Div(row.component());
        wrapper.addClassName("row");
        current.add(row);
        wrappers.add(wrapper);
        addComponentAtIndex(indexOf(add), wrapper);
        if (removable) {
            addRemoveButton(row, wrapper);
        } else {
            var firstChange = new ArrayList<Registration>();
            fields(row.component()).forEach(field -> firstChange.add(field.addValueChangeListener(change -> {
                firstChange.forEach(Registration::remove);
                addRemoveButton(row, wrapper);
            })));
        }
        refreshButtons();
    }

    private void addRemoveButton(Row<T> row, Div wrapper) {
        var remove = new Button(VaadinIcon.TRASH.create());
        remove.setAriaLabel(removeLabel);
        remove.setTooltipText(removeLabel);
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.addClassName("remove-row");
        remove.setVisible(!readOnly);
        remove.addClickListener(click -> {
            current.remove(row);
            wrappers.remove(wrapper);
            remove(wrapper);
            refreshButtons();
            onChange.run();
        });
        wrapper.add(remove);
    }

    /** The row's inputs, however deep in its layout. */
    private static Stream<HasValue<?, ?>> fields(Component component) {
        return component instanceof HasValue<?, ?> field ? Stream.of(field)
                : component.getChildren().flatMap(RowsEditor::fields);
    }

    private void refreshButtons() {
        add.setVisible(!readOnly);
        add.setEnabled(current.size() < max);
        wrappers.forEach(wrapper -> wrapper.getChildren()
                .filter(child -> child instanceof Button)
                .forEach(button -> button.setVisible(!readOnly)));
    }
}
