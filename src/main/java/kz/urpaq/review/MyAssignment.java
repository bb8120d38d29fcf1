package kz.urpaq.review;

import kz.urpaq.base.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One line of the juror's "My reviews": the project's title only, never who wrote it. */
public record MyAssignment(long assignmentId, long applicationId, String title, AssignmentState state,
                           long competitionId, LocalizedText competitionTitle, @Nullable Instant reviewDeadline) {
}
