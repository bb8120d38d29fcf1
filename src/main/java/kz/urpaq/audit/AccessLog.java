package kz.urpaq.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read whose personal data (SPEC §15, the breach report): a staff member opening an
 * application or downloading one of its files. Reads happen in read-only transactions, so each
 * record is written in a transaction of its own; it is an audit record like any other.
 */
@Component
public class AccessLog {

    private final AuditTrail trail;

    AccessLog(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Records that the signed-in person read {@code what} (e.g. "application", "attachment 12") of
     * the application, whose applicant is {@code applicantId}.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void read(AuditAction action, long applicationId, long applicantId, @Nullable Long competitionId,
                     String what) {
        trail.record(action, "application", applicationId, competitionId, null, null,
                what + " of applicant #" + applicantId);
    }
}
