package kz.urpaq.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date picker that writes dates as Kazakhstan does, {@code dd.MM.yyyy}, with month and day
 * names in the page's language and Monday first (SPEC §9).
 */
public class DateField extends DatePicker {

    public DateField(String label) {
        super(label);
        setLocale(getLocale());
        var i18n = new DatePickerI18n();
        i18n.setDateFormats("dd.MM.yyyy", "d.M.yyyy");
        i18n.setBadInputErrorMessage(getTranslation("date-picker.error.bad-input"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(getTranslation("date-picker.today"));
        i18n.setCancel(getTranslation("date-picker.cancel"));
        var locale = getLocale();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(month -> capitalized(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                .toList());
        i18n.setWeekdays(weekdays(TextStyle.FULL_STANDALONE, locale));
        i18n.setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE, locale));
        setI18n(i18n);
        setPlaceholder(getTranslation("date-picker.placeholder"));
    }

    /** Vaadin lists weekdays from Sunday, whatever the first day shown. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        var days = new java.util.ArrayList<String>();
        days.add(DayOfWeek.SUNDAY.getDisplayName(style, locale));
        for (int i = 1; i <= 6; i++) {
            days.add(DayOfWeek.of(i).getDisplayName(style, locale));
        }
        return days;
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
