package kz.urpaq.certificate;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.function.ToDoubleFunction;

/**
 * How far the running certificate batches are, whichever instance works them: read from the
 * database at each scrape. A batch whose {@code done} stops growing while it runs has lost its
 * instance until another takes it over (docs/decisions/022-outbox-and-background-work.md).
 */
@Component
class CertificateBatchMetrics {

    CertificateBatchMetrics(MeterRegistry registry, CertificateBatchRepository batches) {
        gauge(registry, batches, "urpaq.certificates.batches.running", "Certificate batches running", row -> row[0]);
        gauge(registry, batches, "urpaq.certificates.batch.planned", "Certificates planned by the running batches",
                row -> row[1]);
        gauge(registry, batches, "urpaq.certificates.batch.done", "Certificates the running batches have worked through",
                row -> row[2]);
        gauge(registry, batches, "urpaq.certificates.batch.failed", "Certificates the running batches could not issue",
                row -> row[3]);
    }

    private static void gauge(MeterRegistry registry, CertificateBatchRepository batches, String name,
                              String description, java.util.function.Function<Object[], Object> column) {
        ToDoubleFunction<CertificateBatchRepository> read = repository -> {
            var rows = repository.runningProgress();
            return rows.isEmpty() ? 0 : ((Number) column.apply(rows.getFirst())).doubleValue();
        };
        Gauge.builder(name, batches, read).description(description).register(registry);
    }
}
