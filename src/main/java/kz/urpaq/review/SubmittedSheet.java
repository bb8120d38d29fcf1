package kz.urpaq.review;

import java.time.Instant;
import java.util.Map;

/**
 * One juror's submitted scores for one application, as plain data: a score per criterion code, and
 * when the sheet was submitted.
 */
public record SubmittedSheet(long applicationId, long jurorId, Map<String, Integer> scores, Instant submittedAt) {
}
