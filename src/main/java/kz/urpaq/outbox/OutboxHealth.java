package kz.urpaq.outbox;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * The outbox's part of readiness. Mail that has waited longer than {@code urpaq.outbox.health.overdue-after}
 * past its due time turns the status to {@link #BACKLOG}, which the health endpoint still answers with
 * 200: the queue is shared by every instance, so taking instances out of the load balancer would stop
 * the competition and send no mail sooner. Monitoring alerts on the status and on
 * {@code urpaq.outbox.backlog}; only a database that cannot be asked makes the indicator DOWN.
 */
@Component("outboxHealthIndicator")
class OutboxHealth implements HealthIndicator {

    static final Status BACKLOG = new Status("BACKLOG", "mail has waited past its due time");

    private final OutboxMailRepository mails;
    private final Clock clock;
    private final Duration overdueAfter;

    OutboxHealth(OutboxMailRepository mails, Clock clock,
                 @Value("${urpaq.outbox.health.overdue-after:15m}") Duration overdueAfter) {
        this.mails = mails;
        this.clock = clock;
        this.overdueAfter = overdueAfter;
    }

    @Override
    public Health health() {
        long overdue = mails.countByStateAndNextAttemptAtBefore(MailState.PENDING, clock.instant().minus(overdueAfter));
        return Health.status(overdue > 0 ? BACKLOG : Status.UP)
                .withDetail("pending", mails.countByState(MailState.PENDING))
                .withDetail("overdue", overdue)
                .withDetail("failed", mails.countByState(MailState.FAILED))
                .build();
    }
}
