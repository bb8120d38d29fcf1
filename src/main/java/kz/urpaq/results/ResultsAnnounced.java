package kz.urpaq.results;

/** Published when a competition's results have been announced; applicants are told after commit. */
record ResultsAnnounced(long competitionId) {
}
