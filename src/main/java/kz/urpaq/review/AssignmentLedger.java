package kz.urpaq.review;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Writes assignments and their removals together with their audit records, inside the caller's
 * transaction: an assignment never exists without its record, nor a record without the change.
 */
@Component
class AssignmentLedger {

    static final String SUBJECT = "review-assignment";

    private final ReviewAssignmentRepository assignments;
    private final AuditTrail audit;

    AssignmentLedger(ReviewAssignmentRepository assignments, AuditTrail audit) {
        this.assignments = assignments;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    List<ReviewAssignment> assign(List<ReviewAssignment> added) {
        var saved = assignments.saveAll(added);
        for (var assignment : saved) {
            audit.record(AuditAction.REVIEWER_ASSIGNED, SUBJECT, assignment.getId(), assignment.getCompetitionId(),
                    null, assignment.getState().name(), describe(assignment)
                            + (assignment.isAutomatic() ? " automatic" : " manual"));
        }
        return saved;
    }

    /** Takes unfinished work away from a juror; {@code why} is a short machine word for the record. */
    @Transactional(propagation = Propagation.MANDATORY)
    void release(ReviewAssignment assignment, String why) {
        if (assignment.getState() == AssignmentState.SUBMITTED) {
            throw new IllegalStateException("a submitted review is never released");
        }
        assignments.delete(assignment);
        audit.record(AuditAction.REVIEWER_UNASSIGNED, SUBJECT, assignment.getId(), assignment.getCompetitionId(),
                assignment.getState().name(), null, describe(assignment) + " " + why);
    }

    static String describe(ReviewAssignment assignment) {
        return "application=" + assignment.getApplicationId() + " juror=" + assignment.getJurorId();
    }
}
