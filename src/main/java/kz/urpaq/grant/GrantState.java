package kz.urpaq.grant;

import kz.urpaq.base.i18n.TranslationKeys;

/** Where a grant stands (domain.md §14): OFFERED → ACCEPTED → ACTIVE → COMPLETED, or DECLINED, or TERMINATED. */
public enum GrantState {
    OFFERED,
    ACCEPTED,
    ACTIVE,
    COMPLETED,
    DECLINED,
    TERMINATED;

    /** Whether the grant can no longer change. */
    public boolean isClosed() {
        return this == COMPLETED || this == DECLINED || this == TERMINATED;
    }

    public String labelKey() {
        return TranslationKeys.of("grant.state", this);
    }
}
