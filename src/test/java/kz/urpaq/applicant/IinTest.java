package kz.urpaq.applicant;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IinTest {

    @Test
    void valid_numbers_of_each_century_and_sex_are_accepted_and_give_the_birth_date() {
        var dates = new LocalDate[]{LocalDate.of(1899, 12, 31), LocalDate.of(1990, 1, 15), LocalDate.of(2008, 2, 29),
                LocalDate.of(2011, 7, 4)};
        for (var date : dates) {
            for (var female : new boolean[]{false, true}) {
                for (int serial = 0; serial < 30; serial++) {
                    var prefix = TestIins.prefix(date, TestIins.centuryDigit(date, female), 1234 + serial);
                    var check = TestIins.checkDigit(prefix);
                    if (check < 0) {
                        continue;
                    }
                    var iin = prefix + check;
                    assertThat(Iin.validate(iin)).as(iin).isEmpty();
                    assertThat(Iin.parse(iin).birthDate()).as(iin).isEqualTo(date);
                }
            }
        }
    }

    @Test
    void the_first_seven_digits_give_the_birth_date_and_the_sex_and_nothing_else_is_read() {
        assertThat(Iin.birthAndSex("0803145")).contains(new Iin.BirthAndSex(LocalDate.of(2008, 3, 14), false));
        assertThat(Iin.birthAndSex("0711026")).contains(new Iin.BirthAndSex(LocalDate.of(2007, 11, 2), true));
        assertThat(Iin.birthAndSex("9001154")).contains(new Iin.BirthAndSex(LocalDate.of(1990, 1, 15), true));
        assertThat(Iin.birthAndSex("9912311")).contains(new Iin.BirthAndSex(LocalDate.of(1899, 12, 31), false));
        assertThat(Iin.birthAndSex(Iin.of(LocalDate.of(2004, 9, 9), true, 321).orElseThrow().digits()))
                .contains(new Iin.BirthAndSex(LocalDate.of(2004, 9, 9), true));
        assertThat(Iin.birthAndSex("0802305")).as("30 February").isEmpty();
        assertThat(Iin.birthAndSex("0803147")).as("no century 7").isEmpty();
        assertThat(Iin.birthAndSex("08031")).isEmpty();
        assertThat(Iin.birthAndSex(null)).isEmpty();
    }

    @Test
    void a_number_whose_first_sum_gives_10_takes_the_second_weighting() {
        var found = 0;
        for (int serial = 0; serial < 10_000 && found < 5; serial++) {
            var prefix = TestIins.prefix(LocalDate.of(2005, 3, 8), 6, serial);
            var firstSum = 0;
            for (int i = 0; i < 11; i++) {
                firstSum += (prefix.charAt(i) - '0') * (i + 1);
            }
            var check = TestIins.checkDigit(prefix);
            if (firstSum % 11 == 10 && check >= 0) {
                assertThat(Iin.validate(prefix + check)).isEmpty();
                found++;
            }
        }
        assertThat(found).isEqualTo(5);
    }

    @Test
    void a_wrong_check_digit_is_refused() {
        var iin = TestIins.random(LocalDate.of(2004, 5, 17));

        assertThat(Iin.validate(TestIins.withWrongCheckDigit(iin))).contains(IinProblem.WRONG_CHECK_DIGIT);
    }

    @Test
    void century_digits_0_7_8_and_9_are_refused() {
        for (var digit : new int[]{0, 7, 8, 9}) {
            for (int serial = 0; serial < 100; serial++) {
                var prefix = TestIins.prefix(LocalDate.of(2004, 5, 17), digit, serial);
                var check = TestIins.checkDigit(prefix);
                if (check >= 0) {
                    assertThat(Iin.validate(prefix + check)).as(prefix + check).contains(IinProblem.CENTURY_DIGIT);
                    break;
                }
            }
        }
    }

    @Test
    void an_impossible_date_is_refused() {
        for (var date : new String[]{"990230", "010229", "991301", "990000", "990132"}) {
            for (int serial = 0; serial < 100; serial++) {
                var prefix = date + "3" + String.format("%04d", serial);
                var check = TestIins.checkDigit(prefix);
                if (check >= 0) {
                    assertThat(Iin.validate(prefix + check)).as(prefix + check).contains(IinProblem.IMPOSSIBLE_DATE);
                    break;
                }
            }
        }
        assertThat(Iin.validate(TestIins.random(LocalDate.of(2000, 2, 29)))).as("2000 was a leap year").isEmpty();
    }

    @Test
    void eleven_digits_for_which_both_weightings_give_10_make_no_valid_number() {
        String unusable = null;
        for (int serial = 0; serial < 10_000 && unusable == null; serial++) {
            var prefix = TestIins.prefix(LocalDate.of(2003, 9, 1), 5, serial);
            if (TestIins.checkDigit(prefix) < 0) {
                unusable = prefix;
            }
        }
        assertThat(unusable).isNotNull();

        for (int last = 0; last <= 9; last++) {
            assertThat(Iin.validate(unusable + last)).as(unusable + last).contains(IinProblem.NO_CHECK_DIGIT);
        }
    }

    @Test
    void anything_but_twelve_digits_is_refused() {
        assertThat(Iin.validate("")).contains(IinProblem.NOT_TWELVE_DIGITS);
        assertThat(Iin.validate("12345678901")).contains(IinProblem.NOT_TWELVE_DIGITS);
        assertThat(Iin.validate("1234567890123")).contains(IinProblem.NOT_TWELVE_DIGITS);
        assertThat(Iin.validate(null)).contains(IinProblem.NOT_TWELVE_DIGITS);
    }

    @Test
    void a_sign_that_is_no_digit_is_named() {
        assertThat(Iin.validate("12345678901a")).contains(IinProblem.NOT_DIGITS);
        assertThat(Iin.firstNonDigit("12345678901a")).contains("a");
        assertThat(Iin.validate("880101-300-123")).contains(IinProblem.NOT_DIGITS);
        assertThat(Iin.validate("١٢٣٤٥٦٧٨٩٠١٢")).as("other scripts' digits").contains(IinProblem.NOT_DIGITS);
        assertThat(Iin.firstNonDigit("880101 300 123")).isEmpty();
    }

    @Test
    void spaces_typed_between_the_digits_do_not_matter() {
        var iin = TestIins.random(LocalDate.of(1999, 12, 1));

        assertThat(Iin.parse(iin.substring(0, 6) + " " + iin.substring(6)).digits()).isEqualTo(iin);
        assertThat(Iin.parse(iin.substring(0, 6) + "\u00a0" + iin.substring(6, 9) + "\u202f" + iin.substring(9))
                .digits()).as("no-break and thin spaces, as documents have them").isEqualTo(iin);
    }

    @Test
    void the_number_is_masked_everywhere_but_where_asked_for_whole() {
        var iin = TestIins.random(LocalDate.of(2001, 4, 30));
        var parsed = Iin.parse(iin);

        assertThat(parsed.masked()).isEqualTo("******" + iin.substring(6, 11) + "*");
        assertThat(parsed.toString()).isEqualTo(parsed.masked()).doesNotContain(iin.substring(0, 6));
        assertThat(parsed.digits()).isEqualTo(iin);
        assertThatThrownBy(() -> Iin.parse(TestIins.withWrongCheckDigit(iin)))
                .hasMessageNotContaining(iin.substring(0, 11));
    }
}
