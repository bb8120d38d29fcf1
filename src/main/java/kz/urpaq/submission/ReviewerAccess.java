package kz.urpaq.submission;

/**
 * Whether a juror may read an application blind: asked by this package, answered by the review
 * feature (which knows the assignments), so that submission never depends on review.
 */
public interface ReviewerAccess {

    /**
     * True when the application is assigned to the juror (not declined, no conflict) and its
     * competition is in review.
     */
    boolean mayRead(long jurorId, long applicationId);
}
