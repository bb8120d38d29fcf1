package kz.urpaq.results;

import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.i18n.TranslationKeys;

/** A results action the server refuses, with a reason shown in the administrator's language. */
public class ResultsRefusedException extends RefusedException {

    public enum Reason {
        WRONG_PHASE, FINALISED, REASON_REQUIRED, TEXT_TOO_LONG, NOT_FULLY_REVIEWED, UNKNOWN_APPLICATION, BAD_PLACE;

        public String messageKey() {
            return TranslationKeys.of("results.refused", this);
        }
    }

    private final Reason reason;

    public ResultsRefusedException(Reason reason, Object... arguments) {
        super(reason.messageKey(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
