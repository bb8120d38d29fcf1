package kz.urpaq.base.i18n;

/**
 * Remembers a person's language choice: a cookie for visitors, the account setting for users.
 * Implemented where accounts live.
 */
public interface LanguagePreferences {

    void remember(Language language);
}
