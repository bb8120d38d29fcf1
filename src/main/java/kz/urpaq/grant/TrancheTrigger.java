package kz.urpaq.grant;

import kz.urpaq.base.i18n.TranslationKeys;

/** What makes a tranche DUE: the administrator's countersignature, or the interim or final report accepted. */
public enum TrancheTrigger {
    COUNTERSIGNED,
    INTERIM_ACCEPTED,
    FINAL_ACCEPTED;

    public String labelKey() {
        return TranslationKeys.of("grant.tranche-trigger", this);
    }
}
