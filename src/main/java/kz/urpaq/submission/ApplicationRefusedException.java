package kz.urpaq.submission;

import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.i18n.TranslationKeys;

/** The server said no to an applicant's action; the reason is shown in their language. */
public class ApplicationRefusedException extends RefusedException {

    public enum Reason {
        NOT_ACCEPTING_SUBMISSIONS,
        DEADLINE_PASSED,
        NOT_A_DRAFT,
        NOT_SUBMITTED,
        NOT_WITHDRAWN,
        ALREADY_APPLIED,
        INCOMPLETE,
        EMAIL_NOT_CONFIRMED,
        TOO_LONG,
        TOO_MANY_ROWS,
        INVALID_BUDGET_LINE,
        UNKNOWN_DIRECTION,
        REGION_NOT_ELIGIBLE,
        AGE_NOT_ELIGIBLE,
        REVISION_CLOSED,
        GUARDIAN_NOT_CONFIRMED;

        public String messageKey() {
            return TranslationKeys.of("application.refused", this);
        }
    }

    private final Reason reason;

    public ApplicationRefusedException(Reason reason) {
        super(reason.messageKey());
        this.reason = reason;
    }

    public ApplicationRefusedException(Reason reason, Object... arguments) {
        super(reason.messageKey(), arguments);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
