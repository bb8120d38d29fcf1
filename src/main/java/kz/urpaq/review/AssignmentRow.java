package kz.urpaq.review;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One juror on one application, as the organisers' desk lists it. */
public record AssignmentRow(long assignmentId, long applicationId, @Nullable String referenceNumber, String title,
                            long directionId, long jurorId, AssignmentState state, boolean automatic,
                            Instant assignedAt) {
}
