package kz.urpaq.review;

import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.Phase;
import kz.urpaq.review.AssignmentRefusedException.Reason;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which phases allow which desk work (domain.md §4). Panels are set up from the draft until review
 * ends; reviewers are assigned, removed and stepped back from during screening (as applications
 * become eligible) and review. From deliberation on, scores are frozen and so is who gave them.
 */
final class ReviewPhases {

    static final Set<Phase> PANELS = EnumSet.of(Phase.DRAFT, Phase.OPEN, Phase.SCREENING, Phase.REVIEW);
    static final Set<Phase> ASSIGNMENT = EnumSet.of(Phase.SCREENING, Phase.REVIEW);

    private ReviewPhases() {
    }

    static void require(CompetitionOverview competition, Set<Phase> allowed) {
        if (!allowed.contains(competition.phase())) {
            throw new AssignmentRefusedException(Reason.WRONG_PHASE);
        }
    }
}
