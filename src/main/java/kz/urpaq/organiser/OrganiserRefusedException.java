package kz.urpaq.organiser;

import kz.urpaq.base.domain.RefusedException;

/** An organiser change the server refuses, with the reason in the administrator's language. */
public class OrganiserRefusedException extends RefusedException {

    public static final String CODE_INVALID = "organiser.refused.code-invalid";
    public static final String CODE_TAKEN = "organiser.refused.code-taken";
    public static final String SIGNATORY_REQUIRED = "organiser.refused.signatory-required";

    OrganiserRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
