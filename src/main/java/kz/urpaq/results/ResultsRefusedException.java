package kz.urpaq.results;

import kz.urpaq.base.i18n.TranslationKeys;

/** A results action the server refuses, with a reason shown in the administrator's language. */
public class ResultsRefusedException extends RuntimeException {

    public enum Reason {
        WRONG_PHASE, FINALISED, REASON_REQUIRED, TEXT_TOO_LONG, NOT_FULLY_REVIEWED, UNKNOWN_APPLICATION, BAD_PLACE;

        public String messageKey() {
            return TranslationKeys.of("results.refused", this);
        }
    }

    private final Reason reason;
    private final transient Object[] arguments;

    public ResultsRefusedException(Reason reason, Object... arguments) {
        super(reason.name());
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
