package kz.urpaq.grant.report;

import kz.urpaq.base.i18n.TranslationKeys;

/** Where a report stands: DRAFT → SUBMITTED → ACCEPTED, or back to the recipient as RETURNED and SUBMITTED again. */
public enum ReportState {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    /** Whether the recipient may still change it (while the grant is active). */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether it reached the administrators: it is then no longer overdue. */
    public boolean isHandedIn() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    public String labelKey() {
        return TranslationKeys.of("grant.report.state", this);
    }
}
