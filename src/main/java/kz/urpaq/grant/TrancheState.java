package kz.urpaq.grant;

import kz.urpaq.base.i18n.TranslationKeys;

/** A tranche's way: PLANNED until its trigger, DUE, then PAID once an administrator records the payment. */
public enum TrancheState {
    PLANNED,
    DUE,
    PAID;

    public String labelKey() {
        return TranslationKeys.of("grant.tranche-state", this);
    }
}
