package kz.urpaq.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** One criterion on a score sheet: the score (empty while drafting) and the juror's comment. */
@Embeddable
public record ScoreEntry(
        @Column(name = "criterion_id", nullable = false) long criterionId,
        @Column(name = "score") @Nullable Integer score,
        @Column(name = "comment", nullable = false, length = ScoreSheet.CRITERION_COMMENT_MAX_LENGTH) String comment) {
}
