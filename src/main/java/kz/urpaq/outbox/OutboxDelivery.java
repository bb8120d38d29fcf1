package kz.urpaq.outbox;

import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailDeliveryException;
import kz.urpaq.notification.MailTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sends the outbox's mails, outside any person's request: every few seconds on each instance
 * (configurable), and on the embedded default right after the commit that wrote them. A round
 * locks the due rows with {@code FOR UPDATE SKIP LOCKED} and leases them (moves their next attempt
 * past the longest a round can take) before its short transaction ends, so another instance
 * skips them; no database connection is held while the mail server is talked to. Each outcome is
 * saved as soon as it is known: a sent mail is never sent again by a later round. A failure is
 * retried with back-off ({@link RetryPolicy}); when the server itself cannot be reached, the rest of
 * the round waits for the same next attempt instead of each waiting for its own timeout, while a
 * recipient the server refuses does not stop the others.
 */
@Component
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboxMailRepository mails;
    private final MailTransport transport;
    private final RetryPolicy retries;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private final Duration lease;
    private final boolean background;
    private final OutboxMetrics metrics;

    OutboxDelivery(OutboxMailRepository mails, MailTransport transport, RetryPolicy retries, Clock clock,
                   PlatformTransactionManager transactions, OutboxMetrics metrics,
                   @Value("${urpaq.outbox.batch-size:20}") int batchSize,
                   @Value("${urpaq.outbox.lease:15m}") Duration lease,
                   @Value("${urpaq.outbox.background:true}") boolean background) {
        this.mails = mails;
        this.transport = transport;
        this.retries = retries;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.batchSize = batchSize;
        this.lease = lease;
        this.background = background;
        this.metrics = metrics;
    }

    private record Claimed(long id, Mail mail, String messageId, int attempts, Instant queuedAt) {
    }

    /** True when mail leaves right after the commit (the log of the embedded default). */
    boolean immediate() {
        return transport.immediate();
    }

    /** Each instance's round, every {@code urpaq.outbox.poll-interval} (tests switch it off and call {@link #deliverDue()}). */
    @Scheduled(fixedDelayString = "${urpaq.outbox.poll-interval:5s}", initialDelayString = "${urpaq.outbox.poll-interval:5s}")
    void poll() {
        if (!background) {
            return;
        }
        try {
            deliverDue();
        } catch (RuntimeException e) {
            log.warn("The outbox could not be delivered this round: {}", e.toString());
        }
    }

    /**
     * Sends every mail that is due now, in rounds of {@code urpaq.outbox.batch-size}, until none is
     * due or the mail server is unreachable.
     *
     * @return how many mails left
     */
    int deliverDue() {
        int sent = 0;
        while (true) {
            var claimed = claim(() -> mails.lockDue(clock.instant(), batchSize));
            if (claimed.isEmpty()) {
                return sent;
            }
            var outcome = send(claimed);
            sent += outcome.sent();
            if (outcome.serverUnavailable()) {
                return sent;
            }
        }
    }

    /** Sends those of the given mails that are waiting and held by no one else. */
    int deliver(Collection<Long> ids) {
        var claimed = claim(() -> mails.lockWaiting(ids, clock.instant()));
        return claimed.isEmpty() ? 0 : send(claimed).sent();
    }

    private List<Claimed> claim(Supplier<List<Long>> lock) {
        var claimed = transaction.execute(status -> {
            var ids = lock.get();
            if (ids.isEmpty()) {
                return List.<Claimed>of();
            }
            var until = clock.instant().plus(lease);
            return mails.findAllById(ids).stream()
                    .peek(row -> row.lease(until))
                    .map(row -> new Claimed(row.getId(), row.toMail(), row.getMessageId(), row.getAttempts(),
                            row.getQueuedAt()))
                    .toList();
        });
        return claimed == null ? List.of() : claimed;
    }

    private record Outcome(int sent, boolean serverUnavailable) {
    }

    private Outcome send(List<Claimed> claimed) {
        int sent = 0;
        for (int i = 0; i < claimed.size(); i++) {
            var mail = claimed.get(i);
            try {
                transport.send(mail.mail(), mail.messageId());
                update(mail.id(), row -> row.sent(clock.instant(), transport.name()));
                sent++;
            } catch (MailDeliveryException | RuntimeException e) {
                metrics.attemptFailed();
                var error = e instanceof MailDeliveryException ? e.getMessage() : e.toString();
                var now = clock.instant();
                var next = retries.nextAttempt(mail.attempts() + 1, mail.queuedAt(), now);
                log.warn("Mail #{} ({}) to {} not sent (attempt {}), {}: {}", mail.id(), mail.mail().kind(),
                        mail.mail().to(), mail.attempts() + 1, next == null ? "given up" : "next attempt " + next,
                        error);
                update(mail.id(), row -> row.attemptFailed(error == null ? "?" : error, next));
                if (e instanceof MailDeliveryException failure && failure.serverUnavailable()) {
                    var later = next == null ? now.plus(retries.delayAfter(1)) : next;
                    for (var rest : claimed.subList(i + 1, claimed.size())) {
                        update(rest.id(), row -> row.postpone(later));
                    }
                    return new Outcome(sent, true);
                }
            }
        }
        return new Outcome(sent, false);
    }

    private void update(long id, java.util.function.Consumer<OutboxMail> change) {
        transaction.executeWithoutResult(status -> mails.findById(id).ifPresent(change));
    }
}
