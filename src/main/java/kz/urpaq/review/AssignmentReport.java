package kz.urpaq.review;

import kz.urpaq.base.domain.LocalizedText;

import java.util.List;

/**
 * What an automatic assignment did (or, as a preview, would do) in each direction: reviewers
 * added, unfinished work released from jurors who can no longer do it, and the reviews still
 * missing because the panel is too small, too busy or too conflicted.
 */
public record AssignmentReport(long competitionId, int reviewersPerApplication, boolean applied,
                               List<Direction> directions) {

    public record Direction(long directionId, LocalizedText directionName, int applications, int jurors, int kept,
                            int added, int released, int missingReviews) {
    }

    public int added() {
        return directions.stream().mapToInt(Direction::added).sum();
    }

    public int released() {
        return directions.stream().mapToInt(Direction::released).sum();
    }

    public int missingReviews() {
        return directions.stream().mapToInt(Direction::missingReviews).sum();
    }
}
