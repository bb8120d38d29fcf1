package kz.urpaq.results;

/** Published when a competition's results have been announced; applicants are told after commit. */
public record ResultsAnnounced(long competitionId) {
}
