package kz.urpaq.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.i18n.Language;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every date picker of the app says, in the page's language: dates as the rest of the UI
 * writes them ({@code dd.MM.yyyy}, see {@code Almaty}), Monday first, month and day names and
 * the buttons translated. {@link DateField} and {@link DateTimeField} take it from here; the page
 * is rebuilt when the language changes, and with it these texts.
 */
final class PickerTexts {

    private PickerTexts() {
    }

    /** A locale's month and day names, made once for the server: every picker of every session shares them. */
    private record Names(List<String> months, List<String> weekdays, List<String> weekdaysShort) {
    }

    private static final Map<Locale, Names> NAMES = new ConcurrentHashMap<>();

    /** A picker's texts of its own (a form may change one of them), with the names shared. */
    static DatePickerI18n dates(Component picker, Locale locale) {
        var names = NAMES.computeIfAbsent(locale, PickerTexts::names);
        return new DatePickerI18n()
                .setDateFormats(Almaty.DATE_PATTERN, "d.M.yyyy")
                .setBadInputErrorMessage(picker.getTranslation("date-picker.error.bad-input"))
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("date-picker.today"))
                .setCancel(picker.getTranslation("date-picker.cancel"))
                .setMonthNames(names.months())
                .setWeekdays(names.weekdays())
                .setWeekdaysShort(names.weekdaysShort());
    }

    private static Names names(Locale locale) {
        return new Names(Arrays.stream(Month.values())
                .map(month -> capitalized(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale))
                .toList(),
                weekdays(TextStyle.FULL_STANDALONE, locale), weekdays(TextStyle.SHORT_STANDALONE, locale));
    }

    /**
     * The locale whose clock the time picker follows: Kazakhstan writes times on 24 hours (as
     * {@code Almaty.dateTime} does) in every language, and plain English would give "6:00 PM".
     */
    static Locale twentyFourHours(Locale locale) {
        return Language.of(locale) == Language.EN ? Locale.UK : locale;
    }

    /** Vaadin lists weekdays from Sunday, whatever the first day shown. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        var days = new ArrayList<String>();
        days.add(capitalized(DayOfWeek.SUNDAY.getDisplayName(style, locale), locale));
        for (int i = 1; i <= 6; i++) {
            days.add(capitalized(DayOfWeek.of(i).getDisplayName(style, locale), locale));
        }
        return List.copyOf(days);
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
