package kz.urpaq.review;

import kz.urpaq.base.i18n.TranslationKeys;

/** Whether a juror on a panel can be given work right now, and if not, why. */
public enum JurorStatus {
    AVAILABLE,
    /** The account is switched off. */
    DISABLED,
    /** The account no longer holds the juror role. */
    NOT_A_JUROR,
    /** The juror has an application in this competition, so reviews nothing in it. */
    APPLIED;

    public String labelKey() {
        return TranslationKeys.of("juror.status", this);
    }
}
