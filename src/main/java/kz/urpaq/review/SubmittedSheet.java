package kz.urpaq.review;

import java.util.Map;

/** One juror's submitted scores for one application, as plain data: a score per criterion code. */
public record SubmittedSheet(long applicationId, long jurorId, Map<String, Integer> scores) {
}
