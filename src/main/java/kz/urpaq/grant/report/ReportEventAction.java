package kz.urpaq.grant.report;

import kz.urpaq.base.i18n.TranslationKeys;

/** A step of a report's history, as both sides read it. */
public enum ReportEventAction {
    SUBMITTED,
    RETURNED,
    RESUBMITTED,
    ACCEPTED;

    public String labelKey() {
        return TranslationKeys.of("grant.report.event", this);
    }
}
