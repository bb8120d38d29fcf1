package kz.urpaq.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The app's date picker: dates written as Kazakhstan does, {@code dd.MM.yyyy}, with month and
 * day names in the page's language and Monday first (domain.md §9). Use it, not {@link DatePicker}.
 */
public class DateField extends DatePicker {

    public DateField(String label) {
        super(label);
        setLocale(getLocale());
        setI18n(PickerTexts.dates(this, getLocale()));
        setPlaceholder(getTranslation("date-picker.placeholder"));
    }

    public DateField(String label, @Nullable LocalDate value) {
        this(label);
        setValue(value);
    }
}
