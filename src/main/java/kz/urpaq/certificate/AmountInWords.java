package kz.urpaq.certificate;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole amounts from 0 to 999 999 999 in Kazakh and Russian words, as written on grant
 * certificates: {@code 1 500 250} is "бір миллион бес жүз мың екі жүз елу" and "один миллион
 * пятьсот тысяч двести пятьдесят".
 */
public final class AmountInWords {

    public static final long MAX = 999_999_999L;

    private static final String[] KK_UNITS = {"", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"};
    private static final String[] KK_TENS = {"", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"};

    private static final String[] RU_UNITS_M = {"", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"};
    private static final String[] RU_UNITS_F = {"", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"};
    private static final String[] RU_TEENS = {"десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать",
            "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"};
    private static final String[] RU_TENS = {"", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят",
            "семьдесят", "восемьдесят", "девяносто"};
    private static final String[] RU_HUNDREDS = {"", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот",
            "семьсот", "восемьсот", "девятьсот"};

    private AmountInWords() {
    }

    public static String kazakh(long amount) {
        check(amount);
        if (amount == 0) {
            return "нөл";
        }
        List<String> words = new ArrayList<>();
        int millions = (int) (amount / 1_000_000);
        int thousands = (int) (amount / 1_000 % 1_000);
        int rest = (int) (amount % 1_000);
        if (millions > 0) {
            kazakhTriple(millions, words);
            words.add("миллион");
        }
        if (thousands > 0) {
            kazakhTriple(thousands, words);
            words.add("мың");
        }
        kazakhTriple(rest, words);
        return String.join(" ", words);
    }

    private static void kazakhTriple(int n, List<String> words) {
        int hundreds = n / 100;
        if (hundreds == 1) {
            words.add("жүз");
        } else if (hundreds > 1) {
            words.add(KK_UNITS[hundreds]);
            words.add("жүз");
        }
        add(words, KK_TENS[n / 10 % 10]);
        add(words, KK_UNITS[n % 10]);
    }

    public static String russian(long amount) {
        check(amount);
        if (amount == 0) {
            return "ноль";
        }
        List<String> words = new ArrayList<>();
        int millions = (int) (amount / 1_000_000);
        int thousands = (int) (amount / 1_000 % 1_000);
        int rest = (int) (amount % 1_000);
        if (millions > 0) {
            russianTriple(millions, RU_UNITS_M, words);
            words.add(plural(millions, "миллион", "миллиона", "миллионов"));
        }
        if (thousands > 0) {
            russianTriple(thousands, RU_UNITS_F, words);
            words.add(plural(thousands, "тысяча", "тысячи", "тысяч"));
        }
        russianTriple(rest, RU_UNITS_M, words);
        return String.join(" ", words);
    }

    private static void russianTriple(int n, String[] units, List<String> words) {
        add(words, RU_HUNDREDS[n / 100]);
        int tens = n / 10 % 10;
        if (tens == 1) {
            words.add(RU_TEENS[n % 10]);
        } else {
            add(words, RU_TENS[tens]);
            add(words, units[n % 10]);
        }
    }

    private static String plural(int n, String one, String few, String many) {
        int lastTwo = n % 100;
        int last = n % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return many;
        }
        return last == 1 ? one : last >= 2 && last <= 4 ? few : many;
    }

    /** The amount in digits grouped by threes with no-break spaces: {@code 1 500 250}. */
    public static String digits(long amount) {
        check(amount);
        String plain = Long.toString(amount);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            if (i > 0 && (plain.length() - i) % 3 == 0) {
                grouped.append('\u00A0');
            }
            grouped.append(plain.charAt(i));
        }
        return grouped.toString();
    }

    private static void add(List<String> words, String word) {
        if (!word.isEmpty()) {
            words.add(word);
        }
    }

    private static void check(long amount) {
        if (amount < 0 || amount > MAX) {
            throw new IllegalArgumentException("amount out of range 0.." + MAX + ": " + amount);
        }
    }
}
