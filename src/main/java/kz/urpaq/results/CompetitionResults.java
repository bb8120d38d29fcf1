package kz.urpaq.results;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.Phase;
import kz.urpaq.competition.ScoreMethod;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * For administrators: a competition's computed ranking per direction, each row with its final
 * place and grant after overrides, whether every eligible application is fully reviewed, and the
 * snapshot once the results are finalised.
 */
public record CompetitionResults(long competitionId, LocalizedText title, Phase phase, ScoreMethod method,
                                 List<DirectionResults> directions, List<Override> overrides,
                                 @Nullable Snapshot snapshot) {

    public record DirectionResults(long directionId, String code, LocalizedText name, List<Row> rows) {
    }

    /** The computed result and the final one (equal unless overridden). */
    public record Row(RankedApplication computed, String title, @Nullable String referenceNumber,
                      @Nullable Integer finalPlace, boolean finalGrant) {

        public boolean overridden() {
            return !java.util.Objects.equals(finalPlace, computed.place()) || finalGrant != computed.grant();
        }
    }

    public record Override(long applicationId, String field, String from, String to, String reason,
                           @Nullable Long by, Instant at) {
    }

    public record Snapshot(String sha256, Instant finalisedAt, @Nullable Long finalisedBy, String export) {
    }

    /** Whether every eligible application has all its reviews: finalisation needs it. */
    public boolean fullyReviewed() {
        return directions.stream().flatMap(d -> d.rows().stream()).allMatch(r -> r.computed().fullyReviewed());
    }

    public boolean finalised() {
        return snapshot != null;
    }

    public List<Row> rows() {
        return directions.stream().flatMap(d -> d.rows().stream()).toList();
    }
}
