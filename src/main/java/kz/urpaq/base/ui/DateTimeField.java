package kz.urpaq.base.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/**
 * The app's date-and-time picker: the date as {@link DateField} writes it, the time on 24 hours,
 * as {@code Almaty.dateTime} shows both elsewhere. Use it, not {@link DateTimePicker}.
 */
public class DateTimeField extends DateTimePicker {

    public DateTimeField() {
        setDatePickerI18n(PickerTexts.dates(this, getLocale()));
        setI18n(new DateTimePickerI18n()
                .setDateLabel(getTranslation("date-time-picker.date"))
                .setTimeLabel(getTranslation("date-time-picker.time"))
                .setBadInputErrorMessage(getTranslation("date-time-picker.error.bad-input"))
                .setIncompleteInputErrorMessage(getTranslation("date-time-picker.error.incomplete")));
        setDatePlaceholder(getTranslation("date-picker.placeholder"));
        setTimePlaceholder(getTranslation("date-time-picker.time-placeholder"));
        // Last: the texts above are looked up in the page's language, not in this locale.
        setLocale(PickerTexts.twentyFourHours(getLocale()));
    }
}
