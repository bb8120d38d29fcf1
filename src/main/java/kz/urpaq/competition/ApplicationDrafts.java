package kz.urpaq.competition;

/**
 * How many applications of a competition are still drafts, i.e. applicants still writing:
 * what a change of the submission deadline would touch. Implemented where applications live.
 */
public interface ApplicationDrafts {

    long count(long competitionId);
}
