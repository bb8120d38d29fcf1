package kz.urpaq.review;

import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.i18n.TranslationKeys;

/** The server refused a change to a score sheet; the reason is shown in the person's language. */
public class ScoreSheetRefusedException extends RefusedException {

    public enum Reason {
        /** Scores are read and changed only while the competition is in review. */
        WRONG_PHASE,
        /** The review deadline has passed: sheets are frozen. */
        DEADLINE_PASSED,
        /** The juror declared a conflict (or one was recorded): the assignment is not theirs any more. */
        DECLINED,
        SUBMITTED,
        NOT_SUBMITTED,
        /** Saved meanwhile elsewhere (another tab): reload, nothing was overwritten. */
        STALE,
        /** The arguments are the criterion's name and its maximum. */
        SCORE_OUT_OF_RANGE,
        /** The argument is the criterion's name. */
        SCORE_MISSING,
        UNKNOWN_CRITERION,
        /** The argument is the longest text allowed. */
        TEXT_TOO_LONG,
        REASON_REQUIRED;

        public String messageKey() {
            return TranslationKeys.of("score.refused", this);
        }
    }

    private final Reason reason;

    public ScoreSheetRefusedException(Reason reason, Object... arguments) {
        super(reason.messageKey(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
