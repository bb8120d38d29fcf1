package kz.urpaq.submission;

import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.Phase;
import kz.urpaq.competition.PhaseGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Review cannot start while submitted applications still wait for their eligibility decision. */
@Component
class ScreeningGuard implements PhaseGuard {

    private final ApplicationRepository applications;

    ScreeningGuard(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> refusal(CompetitionOverview competition, Phase to) {
        if (to != Phase.REVIEW) {
            return Optional.empty();
        }
        // an application returned for revision waits too: for its applicant, then for a decision
        var waiting = applications.countByCompetitionIdAndStatus(competition.id(), ApplicationStatus.SUBMITTED)
                + applications.countByCompetitionIdAndStatus(competition.id(), ApplicationStatus.REVISION_REQUESTED);
        return waiting == 0 ? Optional.empty()
                : Optional.of(new Refusal("competition.refused.screening-not-done", waiting));
    }
}
