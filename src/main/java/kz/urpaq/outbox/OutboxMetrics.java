package kz.urpaq.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The outbox as the operators see it: how much mail waits and how much was given up (read from
 * the database at each scrape, so every instance reports the same shared queue), and how many
 * sending attempts failed on this instance.
 */
@Component
class OutboxMetrics {

    private final Counter failedAttempts;

    OutboxMetrics(MeterRegistry registry, OutboxMailRepository mails) {
        Gauge.builder("urpaq.outbox.backlog", mails, repository -> repository.countByState(MailState.PENDING))
                .description("Mails waiting to be sent or retried (all instances)")
                .register(registry);
        Gauge.builder("urpaq.outbox.failed", mails, repository -> repository.countByState(MailState.FAILED))
                .description("Mails given up, waiting for an administrator to resend them (all instances)")
                .register(registry);
        failedAttempts = Counter.builder("urpaq.outbox.attempts.failed")
                .description("Sending attempts that failed on this instance since it started")
                .register(registry);
    }

    void attemptFailed() {
        failedAttempts.increment();
    }
}
