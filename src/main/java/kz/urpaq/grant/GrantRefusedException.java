package kz.urpaq.grant;

import kz.urpaq.base.domain.RefusedException;

/** A grant step the server will not take; the key names the reason in the reader's language. */
public class GrantRefusedException extends RefusedException {

    public static final String NOT_FOUND = "grant.refused.not-found";

    public GrantRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
