package kz.urpaq.review;

import kz.urpaq.base.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * How far the review has come: per direction and per juror, assigned, drafted and submitted. The
 * review deadline is empty only for a draft competition that has no dates yet.
 */
public record ProgressBoard(long competitionId, @Nullable Instant reviewDeadline, Instant now, int dueSoonDays,
                            int reviewersPerApplication, List<DirectionProgress> directions) {

    public boolean deadlinePassed() {
        return reviewDeadline != null && !now.isBefore(reviewDeadline);
    }

    /** Jurors with unfinished work anywhere in the competition, counted once each. */
    public long jurorsWithOpenWork() {
        return directions.stream().flatMap(d -> d.jurors().stream()).filter(j -> j.open() > 0)
                .map(JurorProgress::jurorId).distinct().count();
    }

    public record DirectionProgress(long directionId, LocalizedText directionName, int applications,
                                    int reviewsNeeded, int assigned, int drafted, int submitted, int missingReviews,
                                    List<JurorProgress> jurors) {
    }

    /**
     * One juror in one direction. {@code assigned} counts every application they hold (drafted and
     * submitted included, declined ones not); {@code cap} is empty when they are no longer on the
     * panel but still hold reviews there.
     */
    public record JurorProgress(long jurorId, String displayName, String email, @Nullable Integer cap, int assigned,
                                int drafted, int submitted, int declined, Lateness lateness) {

        public int open() {
            return assigned - submitted;
        }
    }
}
