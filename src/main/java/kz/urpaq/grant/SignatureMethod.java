package kz.urpaq.grant;

import kz.urpaq.base.i18n.TranslationKeys;

/** How an agreement was signed: accepted online, confirmed by a guardian, a signed scan uploaded, or countersigned. */
public enum SignatureMethod {
    ONLINE,
    GUARDIAN,
    SCAN,
    COUNTERSIGN;

    public String labelKey() {
        return TranslationKeys.of("grant.signature-method", this);
    }
}
