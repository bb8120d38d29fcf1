package kz.urpaq.notification;

import kz.urpaq.base.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail, already written in the recipient's language, with what the outbox keeps about it:
 * its kind, the competition and the record it concerns, and the secret its link carries (an
 * account token), which is never shown nor kept once the mail has left.
 */
public record Mail(MailKind kind, String to, Language language, String subject, String body,
                   @Nullable String secret, @Nullable Long competitionId, @Nullable String aboutType,
                   @Nullable Long aboutId) {

    /** What stands for a secret wherever a mail is shown. */
    public static final String HIDDEN = "•••";

    public static Mail of(MailKind kind, String to, Language language, String subject, String body) {
        return new Mail(kind, to, language, subject, body, null, null, null, null);
    }

    /** The record the mail is about, e.g. {@code ("application", 42)}. */
    public Mail about(String type, long id) {
        return new Mail(kind, to, language, subject, body, secret, competitionId, type, id);
    }

    public Mail inCompetition(long competition) {
        return new Mail(kind, to, language, subject, body, secret, competition, aboutType, aboutId);
    }

    /** The body's link carries this secret (a one-time token). */
    public Mail withSecret(String token) {
        return new Mail(kind, to, language, subject, body, token, competitionId, aboutType, aboutId);
    }

    /** The body with its secret replaced by {@link #HIDDEN}. */
    public String bodyWithoutSecret() {
        return hide(body, secret);
    }

    public static String hide(String text, @Nullable String secret) {
        return secret == null || secret.isEmpty() ? text : text.replace(secret, HIDDEN);
    }
}
