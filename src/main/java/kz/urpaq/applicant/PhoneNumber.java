package kz.urpaq.applicant;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * Kazakhstan mobile numbers, kept as {@code +7 7XX XXX XX XX}. People type them as
 * {@code 87011234567}, {@code +7 701 123-45-67} or {@code 7011234567}; all mean the same.
 */
public final class PhoneNumber {

    public static final int MAX_LENGTH = 20;

    private PhoneNumber() {
    }

    public static Optional<String> normalize(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        var compact = text.strip().replaceAll("[\\s\\p{Zs}()\\-]", "");
        String national;
        if (compact.matches("\\+77\\d{9}")) {
            national = compact.substring(2);
        } else if (compact.matches("[78]7\\d{9}")) {
            national = compact.substring(1);
        } else if (compact.matches("7\\d{9}")) {
            national = compact;
        } else {
            return Optional.empty();
        }
        return Optional.of("+7 " + national.substring(0, 3) + " " + national.substring(3, 6) + " "
                + national.substring(6, 8) + " " + national.substring(8, 10));
    }
}
