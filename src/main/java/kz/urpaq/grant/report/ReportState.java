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

    /** Whether it lies with the administrators now (handed in, or accepted): no reminder is due. */
    public boolean isHandedIn() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    /**
     * Whether it reached the administrators at least once: a report returned with a comment was handed
     * in on time, and is not overdue while its recipient fixes it.
     */
    public boolean wasHandedIn() {
        return this != DRAFT;
    }

    public String labelKey() {
        return TranslationKeys.of("grant.report.state", this);
    }
}
