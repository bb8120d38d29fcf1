package kz.urpaq.audit;

import org.jspecify.annotations.Nullable;

/** Whose trail a competition's records go to: implemented by the competition room, which owns competitions. */
public interface CompetitionOrganisers {

    @Nullable Long organiserOf(long competitionId);
}
