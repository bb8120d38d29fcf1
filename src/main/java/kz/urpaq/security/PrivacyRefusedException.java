package kz.urpaq.security;

import kz.urpaq.base.domain.RefusedException;

/** A refusal about the privacy notice or a person's personal data, said in their language. */
public class PrivacyRefusedException extends RefusedException {

    public PrivacyRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
