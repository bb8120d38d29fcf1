package kz.urpaq.certificate;

import kz.urpaq.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each instance looks every {@code urpaq.certificates.poll-interval} for certificate batches whose
 * instance stopped, and finishes them as "system" (tests switch this off and call
 * {@link CertificateService#resumeAbandoned()} themselves).
 */
@Component
class CertificateBatchResumer {

    private static final Logger log = LoggerFactory.getLogger(CertificateBatchResumer.class);

    private final CertificateService certificates;
    private final boolean background;

    CertificateBatchResumer(CertificateService certificates,
                            @Value("${urpaq.certificates.background:true}") boolean background) {
        this.certificates = certificates;
        this.background = background;
    }

    @Scheduled(fixedDelayString = "${urpaq.certificates.poll-interval:30s}",
            initialDelayString = "${urpaq.certificates.poll-interval:30s}")
    void poll() {
        if (!background) {
            return;
        }
        try {
            SystemTask.run(certificates::resumeAbandoned);
        } catch (RuntimeException e) {
            log.warn("Certificate batches could not be resumed this round: {}", e.toString());
        }
    }
}
