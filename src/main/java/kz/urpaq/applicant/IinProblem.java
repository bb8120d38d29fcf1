package kz.urpaq.applicant;

import kz.urpaq.base.i18n.TranslationKeys;

/** Why an IIN is refused; each has its own message for the applicant (domain.md §3). */
public enum IinProblem {
    /** A character that is neither a digit nor a space. */
    NOT_DIGITS,
    /** Not exactly twelve digits. */
    NOT_TWELVE_DIGITS,
    /** The seventh digit is not 1–6. */
    CENTURY_DIGIT,
    /** The first six digits are no calendar date. */
    IMPOSSIBLE_DATE,
    /** Both weightings give 10: no IIN is issued with these eleven digits. */
    NO_CHECK_DIGIT,
    /** The twelfth digit does not match the first eleven: most often a typing error. */
    WRONG_CHECK_DIGIT,
    /** The birth date in the IIN is not the birth date entered. */
    BIRTH_DATE_MISMATCH,
    /** Another account already has this IIN. */
    TAKEN;

    public String messageKey() {
        return TranslationKeys.of("iin.error", this);
    }
}
