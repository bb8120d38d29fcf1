package kz.urpaq.applicant;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** Builds IINs for tests with the domain.md §3 algorithm, written out again here on purpose. */
final class TestIins {

    private TestIins() {
    }

    /** A valid IIN for the birth date, with a random sex and serial. */
    static String random(LocalDate birthDate) {
        var random = ThreadLocalRandom.current();
        while (true) {
            var female = random.nextBoolean();
            var prefix = prefix(birthDate, centuryDigit(birthDate, female), random.nextInt(10_000));
            var check = checkDigit(prefix);
            if (check >= 0) {
                return prefix + check;
            }
        }
    }

    /** A random birth date between 16 and 30 years before today: inside the demo competition's band. */
    static LocalDate randomAdultBirthDate() {
        var today = LocalDate.now();
        return today.minusYears(30).plusDays(ThreadLocalRandom.current().nextInt(365 * 14));
    }

    static String prefix(LocalDate birthDate, int centuryDigit, int serial) {
        return String.format("%02d%02d%02d%d%04d", birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), centuryDigit, serial);
    }

    static int centuryDigit(LocalDate birthDate, boolean female) {
        var base = switch (birthDate.getYear() / 100) {
            case 18 -> 1;
            case 19 -> 3;
            case 20 -> 5;
            default -> throw new IllegalArgumentException("no IIN for this century");
        };
        return female ? base + 1 : base;
    }

    /** The check digit of eleven digits, or -1 when both weightings give 10. */
    static int checkDigit(String elevenDigits) {
        var sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (elevenDigits.charAt(i) - '0') * (i + 1);
        }
        if (sum % 11 != 10) {
            return sum % 11;
        }
        int[] weights = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
        sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (elevenDigits.charAt(i) - '0') * weights[i];
        }
        return sum % 11 == 10 ? -1 : sum % 11;
    }

    /** The same eleven digits with another, wrong, check digit. */
    static String withWrongCheckDigit(String iin) {
        var right = iin.charAt(11) - '0';
        return iin.substring(0, 11) + ((right + 1) % 10);
    }
}
