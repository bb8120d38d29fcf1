package kz.urpaq.base.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Kazakhstan has one time zone since 1 March 2024; every deadline is an instant shown in it
 * (domain.md §1, §9).
 */
public final class Almaty {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    /** How the whole UI writes a date; date pickers use it too. */
    public static final String DATE_PATTERN = "dd.MM.yyyy";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private Almaty() {
    }

    public static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }

    public static String date(Instant instant) {
        return DATE.format(at(instant));
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(at(instant));
    }
}
