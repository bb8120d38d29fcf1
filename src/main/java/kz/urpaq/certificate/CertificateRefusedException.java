package kz.urpaq.certificate;

import kz.urpaq.base.domain.RefusedException;

/** A certificate action the server refuses, with a reason shown in the administrator's language. */
public class CertificateRefusedException extends RefusedException {

    public static final String WRONG_PHASE = "certificates.refused.wrong-phase";
    public static final String NOT_FOUND = "certificates.refused.not-found";
    public static final String REASON_REQUIRED = "certificates.refused.reason-required";
    public static final String REASON_TOO_LONG = "certificates.refused.reason-too-long";
    public static final String ALREADY_REVOKED = "certificates.refused.already-revoked";
    public static final String NOT_REVOKED = "certificates.refused.not-revoked";
    public static final String ALREADY_REISSUED = "certificates.refused.already-reissued";

    public CertificateRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
