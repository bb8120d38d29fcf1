package kz.urpaq.results;

import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.ScoreMethod;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything the result depends on, and nothing else: the rules, the applications and the score sheets. */
public record ScoringInput(Rules rules, List<Entry> entries, List<Sheet> sheets) {

    /** The competition's settings that decide results. */
    public record Rules(ScoreMethod method, List<Criterion> criteria, int reviewersPerApplication,
                        int placesPerDirection, int grantCount, GrantPolicy grantPolicy,
                        Map<Long, Integer> grantQuotas, BigDecimal minimumScore, BigDecimal varianceThreshold) {
    }

    /** A criterion: weight in percent, scale from 0, position in the tie-break order (empty: none). */
    public record Criterion(String code, int weightPercent, int scaleMax, @Nullable Integer tieBreakOrder) {
    }

    /** An eligible application. */
    public record Entry(long applicationId, long directionId, Instant submittedAt) {
    }

    /** One juror's submitted score sheet: a score per criterion code. */
    public record Sheet(long applicationId, long jurorId, Map<String, Integer> scores) {
    }
}
