package kz.urpaq.submission;

import kz.urpaq.base.domain.RefusedException;

/** A guardian's consent cannot be asked or given as tried; the reason is shown in the reader's language. */
public class GuardianRefusedException extends RefusedException {

    public GuardianRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
