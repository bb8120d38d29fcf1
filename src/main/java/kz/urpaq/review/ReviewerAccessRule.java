package kz.urpaq.review;

import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.Phase;
import kz.urpaq.submission.ReviewerAccess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the submission feature's question: a juror reads an application blind only while its
 * competition is in review, only when it is assigned to them and not declined, and never with a
 * conflict on record.
 */
@Component
class ReviewerAccessRule implements ReviewerAccess {

    private final ReviewAssignmentRepository assignments;
    private final ReviewConflictRepository conflicts;
    private final CompetitionService competitions;

    ReviewerAccessRule(ReviewAssignmentRepository assignments, ReviewConflictRepository conflicts,
                       CompetitionService competitions) {
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.competitions = competitions;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayRead(long jurorId, long applicationId) {
        var assignment = assignments.findByApplicationIdAndJurorId(applicationId, jurorId)
                .filter(a -> a.getState().isActive());
        if (assignment.isEmpty() || conflicts.findByApplicationIdAndJurorId(applicationId, jurorId).isPresent()) {
            return false;
        }
        return competitions.findById(assignment.get().getCompetitionId())
                .map(c -> c.phase() == Phase.REVIEW).orElse(false);
    }
}
