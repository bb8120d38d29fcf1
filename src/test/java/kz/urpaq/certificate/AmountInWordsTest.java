package kz.urpaq.certificate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AmountInWordsTest {

    @Test
    void round_millions() {
        assertThat(AmountInWords.kazakh(1_000_000)).isEqualTo("бір миллион");
        assertThat(AmountInWords.russian(1_000_000)).isEqualTo("один миллион");
        assertThat(AmountInWords.kazakh(3_000_000)).isEqualTo("үш миллион");
        assertThat(AmountInWords.russian(3_000_000)).isEqualTo("три миллиона");
        assertThat(AmountInWords.russian(5_000_000)).isEqualTo("пять миллионов");
    }

    @Test
    void mixed_amounts() {
        assertThat(AmountInWords.kazakh(1_500_250)).isEqualTo("бір миллион бес жүз мың екі жүз елу");
        assertThat(AmountInWords.russian(1_500_250)).isEqualTo("один миллион пятьсот тысяч двести пятьдесят");
        assertThat(AmountInWords.kazakh(999_999_999)).isEqualTo(
                "тоғыз жүз тоқсан тоғыз миллион тоғыз жүз тоқсан тоғыз мың тоғыз жүз тоқсан тоғыз");
        assertThat(AmountInWords.russian(999_999_999)).isEqualTo("девятьсот девяносто девять миллионов"
                + " девятьсот девяносто девять тысяч девятьсот девяносто девять");
        assertThat(AmountInWords.kazakh(100_114)).isEqualTo("жүз мың жүз он төрт");
        assertThat(AmountInWords.russian(100_114)).isEqualTo("сто тысяч сто четырнадцать");
    }

    @Test
    void russian_thousands_are_feminine_and_agree_with_the_number() {
        assertThat(AmountInWords.russian(1_000)).isEqualTo("одна тысяча");
        assertThat(AmountInWords.russian(2_000)).isEqualTo("две тысячи");
        assertThat(AmountInWords.russian(11_000)).isEqualTo("одиннадцать тысяч");
        assertThat(AmountInWords.russian(21_001)).isEqualTo("двадцать одна тысяча один");
        assertThat(AmountInWords.russian(44_000)).isEqualTo("сорок четыре тысячи");
        assertThat(AmountInWords.kazakh(1_000)).isEqualTo("бір мың");
        assertThat(AmountInWords.kazakh(2_000)).isEqualTo("екі мың");
    }

    @Test
    void zero_digits_and_range() {
        assertThat(AmountInWords.kazakh(0)).isEqualTo("нөл");
        assertThat(AmountInWords.russian(0)).isEqualTo("ноль");
        assertThat(AmountInWords.digits(1_500_250)).isEqualTo("1\u00A0500\u00A0250");
        assertThat(AmountInWords.digits(999)).isEqualTo("999");
        assertThatThrownBy(() -> AmountInWords.kazakh(1_000_000_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AmountInWords.russian(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
