package kz.urpaq.privacy;

import java.time.Instant;
import java.util.List;

/**
 * What the retention job would do now (the dry run): the competitions archived before the cutoff,
 * and the applicants it would anonymise, none of whom won a place or a grant and all of whose
 * applications are in those competitions.
 */
public record RetentionPlan(int years, Instant cutoff, List<Competition> competitions, List<Candidate> candidates) {

    public record Competition(long id, String code, Instant archivedAt) {
    }

    public record Candidate(long accountId, String displayName, List<String> competitionCodes) {
    }
}
