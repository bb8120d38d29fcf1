package kz.urpaq.submission;

/** Published inside the submitting transaction; the receipt mail goes out after it commits. */
public record ApplicationSubmitted(long applicationId, long applicantId, String referenceNumber) {
}
