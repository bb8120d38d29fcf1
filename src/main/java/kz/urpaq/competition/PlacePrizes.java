package kz.urpaq.competition;

import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;

/**
 * The prize of each place as an organiser writes them on one line, place I first:
 * {@code 1 000 000 / 700 000 / 500 000}. Amounts are whole tenge, grouped by spaces or non-breaking
 * spaces as Kazakhstan writes money (domain.md §9), with or without {@code ₸}; places are
 * separated by {@code /} or {@code ;}, and an empty place between them has no prize. A comma is
 * refused rather than guessed: in {@code 1,000,000} it groups digits, in {@code 700 000, 500 000}
 * it separates places.
 */
public final class PlacePrizes {

    private static final String SEPARATORS = "[/;]";

    private PlacePrizes() {
    }

    /**
     * The prize of each place, by place from 1.
     *
     * @throws IllegalArgumentException when a place holds anything but a non-negative amount that fits a {@code long}
     */
    public static Map<Integer, Long> parse(String text) {
        var prizes = new TreeMap<Integer, Long>();
        var places = text.split(SEPARATORS, -1);
        for (int i = 0; i < places.length; i++) {
            var amount = withoutSpaces(places[i]);
            if (amount.length() > 1 && amount.endsWith("₸")) {
                amount = amount.substring(0, amount.length() - 1);
            }
            if (amount.isEmpty()) {
                continue;
            }
            if (!amount.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not an amount in tenge: " + places[i].strip());
            }
            try {
                prizes.put(i + 1, Long.parseLong(amount));
            } catch (NumberFormatException tooLarge) {
                throw new IllegalArgumentException("too large an amount: " + places[i].strip(), tooLarge);
            }
        }
        return prizes;
    }

    /** The line {@link #parse} reads back to the same prizes. */
    public static String format(Map<Integer, Long> prizes) {
        var places = new ArrayList<String>();
        var last = prizes.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int place = 1; place <= last; place++) {
            var amount = prizes.get(place);
            places.add(amount == null ? "" : amount.toString());
        }
        return String.join(" / ", places);
    }

    private static String withoutSpaces(String text) {
        var kept = new StringBuilder();
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
