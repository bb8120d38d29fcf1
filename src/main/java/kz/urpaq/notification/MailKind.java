package kz.urpaq.notification;

import kz.urpaq.base.i18n.TranslationKeys;

/** What a mail is for (domain.md §10). */
public enum MailKind {
    EMAIL_CONFIRMATION,
    PASSWORD_RESET,
    INVITATION,
    REGISTRATION_ATTEMPT,
    SIGN_IN_ALERT,
    RECEIPT,
    ELIGIBILITY,
    REVIEW_REMINDER,
    RESULTS,
    MESSAGE,
    REVISION,
    APPEAL,
    GUARDIAN_CONSENT,
    PERSONAL_DATA_EXPORT,
    GRANT_GUARDIAN,
    GRANT_REPORT;

    public String labelKey() {
        return TranslationKeys.of("mail.kind", this);
    }
}
