package kz.urpaq.review;

import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.i18n.TranslationKeys;

/**
 * The server said no to a change of jury panels, assignments or conflicts; the reason is shown to
 * the person in their language, with the numbers it names (a cap, for instance).
 */
public class AssignmentRefusedException extends RefusedException {

    public enum Reason {
        /** Panels change only before deliberation; assignments only in screening and review. */
        WRONG_PHASE,
        NO_SUCH_DIRECTION,
        NOT_A_JUROR,
        JUROR_DISABLED,
        ALREADY_ON_PANEL,
        NOT_ON_PANEL,
        /** The argument is the number of applications the juror already holds. */
        CAP_BELOW_LOAD,
        /** The argument is the cap's allowed maximum. */
        CAP_OUT_OF_RANGE,
        /** The juror has an application in the competition, so reviews nothing in it. */
        JUROR_APPLIED,
        APPLICATION_NOT_ELIGIBLE,
        ALREADY_ASSIGNED,
        CONFLICT,
        /** The argument is the cap. */
        CAP_REACHED,
        SHEET_SUBMITTED,
        ALREADY_DECLINED,
        REASON_REQUIRED,
        /** The argument is the longest reason allowed. */
        REASON_TOO_LONG;

        public String messageKey() {
            return TranslationKeys.of("assignment.refused", this);
        }
    }

    private final Reason reason;

    public AssignmentRefusedException(Reason reason, Object... arguments) {
        super(reason.messageKey(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
