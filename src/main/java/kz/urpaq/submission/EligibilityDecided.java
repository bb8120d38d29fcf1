package kz.urpaq.submission;

/** Published inside the screening transaction; the applicant is told after it commits. */
public record EligibilityDecided(long applicationId, long applicantId, boolean eligible) {
}
