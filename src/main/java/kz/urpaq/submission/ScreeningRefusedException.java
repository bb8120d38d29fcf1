package kz.urpaq.submission;

import kz.urpaq.base.domain.RefusedException;

/** A screening action the server refuses; the key names the reason in the organiser's language. */
public class ScreeningRefusedException extends RefusedException {

    public ScreeningRefusedException(String messageKey) {
        super(messageKey);
    }
}
