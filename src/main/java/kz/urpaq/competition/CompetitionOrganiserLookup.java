package kz.urpaq.competition;

import kz.urpaq.audit.CompetitionOrganisers;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whose audit trail a competition's records go to. */
@Component
@Transactional(readOnly = true)
class CompetitionOrganiserLookup implements CompetitionOrganisers {

    private final CompetitionRepository competitions;

    CompetitionOrganiserLookup(CompetitionRepository competitions) {
        this.competitions = competitions;
    }

    @Override
    public @Nullable Long organiserOf(long competitionId) {
        return competitions.findById(competitionId).map(Competition::getOrganiserId).orElse(null);
    }
}
