package kz.urpaq.results.export;

import java.util.Locale;

/** What can be exported of a competition; each is one CSV file and one sheet of the workbook. */
public enum Export {
    APPLICATIONS, SCORES, RESULTS;

    /** The file name part and the sheet's key: {@code applications}, {@code scores}, {@code results}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String labelKey() {
        return "results.export." + key();
    }
}
