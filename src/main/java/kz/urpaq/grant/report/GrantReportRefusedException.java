package kz.urpaq.grant.report;

import kz.urpaq.base.domain.RefusedException;

/** A report change the server refuses, with the reason in the reader's language. */
public class GrantReportRefusedException extends RefusedException {

    /** Another recipient's grant, another organiser's grant and a grant that does not exist answer alike. */
    public static final String NOT_FOUND = "grant.report.refused.not-found";

    public GrantReportRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
