package kz.urpaq.results;

import kz.urpaq.base.domain.RefusedException;

/** An appeal the server will not take or decide; the key names the reason in the reader's language. */
public class AppealRefusedException extends RefusedException {

    public static final String NOT_FOUND = "appeal.refused.not-found";

    public AppealRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
