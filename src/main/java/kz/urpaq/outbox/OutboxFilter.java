package kz.urpaq.outbox;

import kz.urpaq.notification.MailKind;
import org.jspecify.annotations.Nullable;

/** What the outgoing-mail page narrows the list to; null or blank means any. */
public record OutboxFilter(@Nullable MailState state, @Nullable MailKind kind, @Nullable String recipient,
                           @Nullable Long competitionId) {

    public static final OutboxFilter ALL = new OutboxFilter(null, null, null, null);
}
