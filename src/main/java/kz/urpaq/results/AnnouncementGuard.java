package kz.urpaq.results;

import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.Phase;
import kz.urpaq.competition.PhaseGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Results are announced only once they are finalised: no snapshot, no ANNOUNCED. */
@Component
class AnnouncementGuard implements PhaseGuard {

    private final ResultSnapshotRepository snapshots;

    AnnouncementGuard(ResultSnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> refusal(CompetitionOverview competition, Phase to) {
        if (to != Phase.ANNOUNCED || snapshots.findByCompetitionId(competition.id()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal("results.refused.not-finalised"));
    }
}
