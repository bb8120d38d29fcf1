package kz.urpaq.competition;

/**
 * How many applications of a competition are still drafts, i.e. applicants still writing:
 * what a change of the submission deadline would touch. Implemented where applications live.
 */
public interface ApplicationDrafts {

    long count(long competitionId);

    /** How many applications of the competition exist at all, drafts or not: who has started one. */
    long started(long competitionId);
}
