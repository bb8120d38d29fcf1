package kz.urpaq.applicant;

import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An individual identification number (ЖСН / ИИН), checked as domain.md §3 describes: birth date
 * {@code YYMMDD}, century-and-sex digit, serial, check digit. It is personal data:
 * {@link #toString()} masks it, so that it cannot reach a log by accident; only
 * {@link #digits()} gives it whole.
 */
public final class Iin {

    public static final int LENGTH = 12;
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");
    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private final String digits;
    private final LocalDate birthDate;

    private Iin(String digits, LocalDate birthDate) {
        this.digits = digits;
        this.birthDate = birthDate;
    }

    /**
     * What is wrong with the text as an IIN, if anything; spaces are ignored, those that documents
     * put between groups of digits (no-break, thin) too.
     */
    public static Optional<IinProblem> validate(@Nullable String text) {
        var digits = normalize(text);
        if (firstNonDigit(digits).isPresent()) {
            return Optional.of(IinProblem.NOT_DIGITS);
        }
        if (digits.length() != LENGTH) {
            return Optional.of(IinProblem.NOT_TWELVE_DIGITS);
        }
        var century = centuryOf(digits.charAt(6) - '0');
        if (century < 0) {
            return Optional.of(IinProblem.CENTURY_DIGIT);
        }
        if (dateOf(digits, century) == null) {
            return Optional.of(IinProblem.IMPOSSIBLE_DATE);
        }
        var check = checkDigit(digits);
        if (check < 0) {
            return Optional.of(IinProblem.NO_CHECK_DIGIT);
        }
        if (check != digits.charAt(11) - '0') {
            return Optional.of(IinProblem.WRONG_CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** The IIN in the text; throws naming the problem (never the digits) when it is none. */
    public static Iin parse(@Nullable String text) {
        var problem = validate(text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("not a valid IIN: " + problem.get());
        }
        var digits = normalize(text);
        return new Iin(digits, dateOf(digits, centuryOf(digits.charAt(6) - '0')));
    }

    /**
     * The IIN for a birth date, sex and four-digit serial, or empty when no check digit fits
     * that serial (then the next serial does). Used to make demo and test people.
     */
    public static java.util.Optional<Iin> of(LocalDate birthDate, boolean female, int serial) {
        var centuryDigit = switch (birthDate.getYear() / 100) {
            case 18 -> 1;
            case 19 -> 3;
            case 20 -> 5;
            default -> throw new IllegalArgumentException("born outside 1800–2099");
        } + (female ? 1 : 0);
        var first = "%02d%02d%02d%d%04d".formatted(birthDate.getYear() % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), centuryDigit, Math.floorMod(serial, 10_000));
        var check = checkDigit(first);
        return check < 0 ? java.util.Optional.empty() : java.util.Optional.of(parse(first + check));
    }

    /**
     * The check digit for the first eleven digits, or -1 when both weightings give 10 (then no
     * IIN can end these digits).
     */
    static int checkDigit(String digits) {
        var first = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (first != 10) {
            return first;
        }
        var second = weightedSum(digits, SECOND_WEIGHTS) % 11;
        return second == 10 ? -1 : second;
    }

    private static int weightedSum(String digits, int[] weights) {
        var sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /** The text without its spaces: what is counted and checked. */
    public static String normalize(@Nullable String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll("");
    }

    /** The first character of the text that is neither an ASCII digit nor a space, if any. */
    public static Optional<String> firstNonDigit(@Nullable String text) {
        return normalize(text).codePoints().filter(c -> c < '0' || c > '9').mapToObj(Character::toString).findFirst();
    }

    /** 1/2 → 1800s, 3/4 → 1900s, 5/6 → 2000s; -1 for any other digit. */
    private static int centuryOf(int digit) {
        return switch (digit) {
            case 1, 2 -> 1800;
            case 3, 4 -> 1900;
            case 5, 6 -> 2000;
            default -> -1;
        };
    }

    private static @Nullable LocalDate dateOf(String digits, int century) {
        try {
            return LocalDate.of(century + Integer.parseInt(digits.substring(0, 2)),
                    Integer.parseInt(digits.substring(2, 4)), Integer.parseInt(digits.substring(4, 6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** What the first seven digits say of a person: the birth date and the sex (domain.md §3). */
    public record BirthAndSex(LocalDate birthDate, boolean female) {
    }

    /**
     * The birth date ({@code YYMMDD}) and sex (the century-and-sex digit: odd for men, even for
     * women) that an IIN's first seven digits encode, or empty when they encode none. Lets a count
     * grouped by those digits become ages and sexes without reading any whole IIN.
     */
    public static Optional<BirthAndSex> birthAndSex(@Nullable String firstSeven) {
        if (firstSeven == null || firstSeven.length() < 7 || firstNonDigit(firstSeven.substring(0, 7)).isPresent()) {
            return Optional.empty();
        }
        var digit = firstSeven.charAt(6) - '0';
        var century = centuryOf(digit);
        var date = century < 0 ? null : dateOf(firstSeven, century);
        return date == null ? Optional.empty() : Optional.of(new BirthAndSex(date, digit % 2 == 0));
    }

    /** All twelve digits: for the applicant and administrators only. */
    public String digits() {
        return digits;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    /** As everyone else sees it: only the serial digits, {@code ******12345*}. */
    public String masked() {
        return mask(digits);
    }

    /** Masks twelve stored digits without checking them again. */
    public static String mask(String digits) {
        if (digits.length() != LENGTH) {
            return "*".repeat(LENGTH);
        }
        return "******" + digits.substring(6, 11) + "*";
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Iin iin && iin.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
