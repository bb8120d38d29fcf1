package kz.urpaq.privacy;

import kz.urpaq.base.i18n.TranslationKeys;

/** Where a "download my data" request stands. */
public enum ExportState {
    PENDING, READY, FAILED, EXPIRED;

    public String labelKey() {
        return TranslationKeys.of("my-data.export.state", this);
    }
}
