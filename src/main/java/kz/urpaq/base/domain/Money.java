package kz.urpaq.base.domain;

/** Amounts in tenge, written as Kazakhstan writes them: {@code 1 000 000 ₸} (domain.md §9). */
public final class Money {

    private Money() {
    }

    public static String tenge(long amount) {
        var digits = Long.toString(Math.abs(amount));
        var grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('\u00a0');
            }
            grouped.append(digits.charAt(i));
        }
        return (amount < 0 ? "−" : "") + grouped + "\u00a0₸";
    }
}
