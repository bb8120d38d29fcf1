package kz.urpaq.outbox;

import kz.urpaq.base.i18n.Language;
import kz.urpaq.notification.MailKind;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A mail of the outbox as administrators see it: its body without the secret its link carries. */
public record OutboxEntry(long id, MailKind kind, String recipient, Language language, String subject,
                          String body, @Nullable Long competitionId, @Nullable String aboutType,
                          @Nullable Long aboutId, MailState state, int attempts, Instant createdAt,
                          Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String transport,
                          @Nullable String lastError) {

    static OutboxEntry of(OutboxMail mail) {
        return new OutboxEntry(mail.getId(), mail.getKind(), mail.getRecipient(), mail.getLanguage(),
                mail.getSubject(), mail.getBodyWithoutSecret(), mail.getCompetitionId(), mail.getAboutType(),
                mail.getAboutId(), mail.getState(), mail.getAttempts(), mail.getCreatedAt(), mail.getNextAttemptAt(),
                mail.getSentAt(), mail.getTransport(), mail.getLastError());
    }
}
