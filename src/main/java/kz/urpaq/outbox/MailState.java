package kz.urpaq.outbox;

import kz.urpaq.base.i18n.TranslationKeys;

/** Where a mail of the outbox is: waiting (or being retried), sent, or given up. */
public enum MailState {
    PENDING,
    SENT,
    FAILED;

    public String labelKey() {
        return TranslationKeys.of("outbox.state", this);
    }
}
