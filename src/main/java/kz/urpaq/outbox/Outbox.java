package kz.urpaq.outbox;

import kz.urpaq.notification.Mail;
import kz.urpaq.notification.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The {@link Mailer} of every room: a mail becomes a row of the outbox in the caller's
 * transaction, so it exists exactly when the change that caused it commits. It leaves later
 * ({@link OutboxDelivery}); on the embedded default, where mail only goes to the log, right after
 * the commit.
 */
@Component
class Outbox implements Mailer {

    private final OutboxMailRepository mails;
    private final OutboxDelivery delivery;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final String messageIdDomain;

    Outbox(OutboxMailRepository mails, OutboxDelivery delivery, Clock clock, PlatformTransactionManager transactions,
           @Value("${urpaq.public-base-url}") String baseUrl) {
        this.mails = mails;
        this.delivery = delivery;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        var host = URI.create(baseUrl).getHost();
        this.messageIdDomain = host == null || host.isBlank() ? "urpaq.local" : host;
    }

    @Override
    @Transactional
    public void send(Mail mail) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // a read-only caller changes nothing the mail could be out of step with
            ownTransaction.executeWithoutResult(status -> enqueue(mail));
        } else {
            enqueue(mail);
        }
    }

    private void enqueue(Mail mail) {
        var messageId = "<" + UUID.randomUUID() + "@" + messageIdDomain + ">";
        var row = mails.save(new OutboxMail(mail, clock.instant(), messageId));
        deliverAfterCommit(List.of(row.getId()));
    }

    /** On the embedded default (the log), the mails leave as soon as the transaction commits. */
    void deliverAfterCommit(List<Long> ids) {
        if (!delivery.immediate() || ids.isEmpty()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                delivery.deliver(ids);
            }
        });
    }
}
