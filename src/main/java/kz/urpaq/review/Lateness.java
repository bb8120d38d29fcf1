package kz.urpaq.review;

import kz.urpaq.base.i18n.TranslationKeys;

/** How a juror with unfinished work stands against the review deadline. */
public enum Lateness {
    /** Nothing open, or the deadline is still far enough away. */
    ON_TRACK,
    /** Work is open and the deadline is less than the configured number of days away. */
    DUE_SOON,
    /** Work is open and the deadline has passed. */
    OVERDUE;

    public String labelKey() {
        return TranslationKeys.of("lateness", this);
    }

    public boolean isLate() {
        return this != ON_TRACK;
    }
}
