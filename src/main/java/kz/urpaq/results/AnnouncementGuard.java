package kz.urpaq.results;

import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.Phase;
import kz.urpaq.competition.PhaseGuard;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Results are announced only once they are finalised, and only as finalised: no snapshot, no
 * ANNOUNCED; and if today's results no longer give the snapshot's hash (data changed behind the
 * services' back), the announcement is refused rather than published different from the hash.
 */
@Component
class AnnouncementGuard implements PhaseGuard {

    private final ResultSnapshotRepository snapshots;
    // Lazily: the results service needs the competition setup service, which needs every guard.
    private final ObjectProvider<ResultsService> results;

    AnnouncementGuard(ResultSnapshotRepository snapshots, ObjectProvider<ResultsService> results) {
        this.snapshots = snapshots;
        this.results = results;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> refusal(CompetitionOverview competition, Phase to) {
        if (to != Phase.ANNOUNCED && to != Phase.PRELIMINARY) {
            return Optional.empty();
        }
        var snapshot = snapshots.findByCompetitionId(competition.id());
        if (snapshot.isEmpty()) {
            return Optional.of(new Refusal("results.refused.not-finalised"));
        }
        var now = ResultsService.sha256(ResultsService.canonicalExport(results.getObject().recomputed(competition.id())));
        if (!now.equals(snapshot.get().getSha256())) {
            return Optional.of(new Refusal("results.refused.snapshot-mismatch"));
        }
        return Optional.empty();
    }
}
