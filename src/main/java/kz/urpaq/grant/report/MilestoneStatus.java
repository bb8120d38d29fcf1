package kz.urpaq.grant.report;

import kz.urpaq.base.i18n.TranslationKeys;

/** How far one of the application's milestones got. */
public enum MilestoneStatus {
    DONE,
    PARTLY,
    NOT_DONE;

    public String labelKey() {
        return TranslationKeys.of("grant.report.milestone-status", this);
    }
}
