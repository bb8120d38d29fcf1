package kz.urpaq.results;

import kz.urpaq.base.i18n.TranslationKeys;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * One application in the computed ranking of its direction, with all three scores, the spread of
 * its jurors' totals, and the rules that decided its rank, place and grant.
 */
public record RankedApplication(
        long applicationId,
        long directionId,
        int rank,
        int reviews,
        boolean fullyReviewed,
        BigDecimal mean,
        BigDecimal trimmedMean,
        BigDecimal normalised,
        BigDecimal score,
        BigDecimal spread,
        boolean varianceFlag,
        @Nullable Integer place,
        boolean grant,
        List<Decision> decisions) {

    /** Why: a rule that decided something about this application, with what it refers to. */
    public record Decision(Rule rule, String detail) {
    }

    public enum Rule {
        RANKED_BY_SCORE,
        TIE_BROKEN_ON_CRITERION,
        TIE_BROKEN_ON_SUBMISSION_TIME,
        NOT_FULLY_REVIEWED,
        PLACE_AWARDED,
        BELOW_MINIMUM_SCORE,
        NO_PLACE_LEFT,
        GRANT_AS_PLACE_WINNER,
        GRANT_OVERALL_TOP,
        GRANT_DIRECTION_QUOTA,
        GRANT_REDISTRIBUTED,
        NO_GRANT_LEFT;

        public String labelKey() {
            return TranslationKeys.of("results.rule", this);
        }
    }
}
