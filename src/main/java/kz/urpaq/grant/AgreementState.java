package kz.urpaq.grant;

import kz.urpaq.base.i18n.TranslationKeys;

/** Where a grant's agreement stands, read from its signatures. */
public enum AgreementState {
    UNSIGNED,
    AWAITING_GUARDIAN,
    SIGNED,
    COUNTERSIGNED;

    public String labelKey() {
        return TranslationKeys.of("grant.agreement-state", this);
    }
}
