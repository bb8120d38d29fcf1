package kz.urpaq.base.domain;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as every export of Urpaq writes it: RFC 4180 records separated by CRLF, in UTF-8 that starts
 * with a byte order mark so that Excel reads Kazakh letters.
 */
public final class Csv {

    public static final char BYTE_ORDER_MARK = '\ufeff';
    public static final String LINE_END = "\r\n";

    private Csv() {
    }

    /**
     * One cell: empty for nothing, quoted when it holds a comma, a quote or a line break, and a
     * text starting with =, +, -, @, a tab or a carriage return prefixed with an apostrophe, so a
     * spreadsheet never runs a formula someone typed into a title. Numbers are never prefixed:
     * a negative number stays a number.
     */
    public static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        var text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** One record: the cells joined by commas, with the line end. */
    public static String row(List<? extends @Nullable Object> values) {
        return values.stream().map(Csv::cell).collect(Collectors.joining(",")) + LINE_END;
    }
}
