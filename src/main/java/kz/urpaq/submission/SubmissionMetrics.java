package kz.urpaq.submission;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts submissions on this instance once they are committed (a refused or rolled-back submit
 * counts nothing), for the operators' dashboards on the management port.
 */
@Component
class SubmissionMetrics {

    private final Counter submitted;

    SubmissionMetrics(MeterRegistry registry) {
        submitted = Counter.builder("urpaq.applications.submitted")
                .description("Applications submitted through this instance since it started")
                .register(registry);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onSubmitted(ApplicationSubmitted event) {
        submitted.increment();
    }
}
