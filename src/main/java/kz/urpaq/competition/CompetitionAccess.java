package kz.urpaq.competition;

import kz.urpaq.base.domain.NoSuchRecordException;
import kz.urpaq.security.StaffScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;


/**
 * The one check every room makes before it reads or changes a competition's records as staff
 * (docs/domain.md §17): the caller administers — or judges for — the competition's organiser. A
 * competition of another organiser is refused exactly as one that does not exist.
 */
@Component
@Transactional(readOnly = true)
public class CompetitionAccess {

    public static final String NOT_FOUND = "competition.refused.not-found";

    private final CompetitionRepository competitions;
    private final StaffScope scope;

    CompetitionAccess(CompetitionRepository competitions, StaffScope scope) {
        this.competitions = competitions;
        this.scope = scope;
    }

    /** The competition, when the caller administers its organiser. */
    public CompetitionOverview requireAdministered(long competitionId) {
        return CompetitionOverview.of(administered(competitionId));
    }

    /** The competition, when the caller judges for its organiser. */
    public CompetitionOverview requireJudged(long competitionId) {
        var competition = competitions.findById(competitionId).orElseThrow(() -> new NoSuchRecordException(NOT_FOUND));
        scope.requireJuror(competition.getOrganiserId(), NOT_FOUND);
        return CompetitionOverview.of(competition);
    }

    public boolean administers(long competitionId) {
        return competitions.findById(competitionId).map(c -> scope.administers(c.getOrganiserId())).orElse(false);
    }

    Competition administered(long competitionId) {
        var competition = competitions.findById(competitionId).orElseThrow(() -> new NoSuchRecordException(NOT_FOUND));
        scope.requireAdministrator(competition.getOrganiserId(), NOT_FOUND);
        return competition;
    }
}
