package kz.urpaq.submission.attachment;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Readiness needs the attachments: an instance that cannot read or write them should get no applicants. */
@Component("attachmentsHealthIndicator")
class AttachmentStoreHealth implements HealthIndicator {

    private final AttachmentStore store;

    AttachmentStoreHealth(AttachmentStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        try {
            return Health.up().withDetail("store", store.describe()).build();
        } catch (java.io.IOException | RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
