package kz.urpaq.competition;

import kz.urpaq.base.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every setting of a competition an organiser edits on its page. Its components' names are the
 * settings' names: the editor binds its fields by them and asks {@link #isEditable} about them.
 */
public record CompetitionSettings(
        String code,
        int year,
        LocalizedText title,
        LocalizedText region,
        @Nullable Instant opensAt,
        @Nullable Instant submissionDeadline,
        @Nullable Instant reviewDeadline,
        int minAge,
        int maxAge,
        boolean oneApplicationPerApplicant,
        long maxFileBytes,
        long maxApplicationBytes,
        int reviewersPerApplication,
        ScoreMethod scoreMethod,
        BigDecimal varianceThreshold,
        int placesPerDirection,
        int grantCount,
        GrantPolicy grantPolicy,
        BigDecimal minimumAwardScore,
        long grantAmountTenge,
        long maxBudgetTenge,
        Map<Integer, Long> placePrizes,
        List<DirectionSettings> directions,
        List<CriterionSettings> criteria) {

    public record DirectionSettings(String code, LocalizedText name, @Nullable Integer grantQuota) {
    }

    public record CriterionSettings(String code, LocalizedText name, LocalizedText description, int weightPercent,
                                    int scaleMax, @Nullable Integer tieBreakOrder) {
    }

    /**
     * The settings that decide results (domain.md §4), by name: the ones {@link #resultRules()}
     * compares. Jurors score by them, so they are frozen from the review phase on.
     */
    public static final Set<String> RESULT_RULES = Set.of("reviewersPerApplication", "scoreMethod",
            "varianceThreshold", "placesPerDirection", "grantCount", "grantPolicy", "minimumAwardScore",
            "grantAmountTenge", "placePrizes", "directions", "criteria");

    /** Whether an organiser may still change the named setting in {@code phase}. */
    public static boolean isEditable(String setting, Phase phase) {
        return !(phase.settingsLocked() && RESULT_RULES.contains(setting));
    }

    /** The settings that decide results; frozen from the review phase on. */
    Object resultRules() {
        return List.of(reviewersPerApplication, scoreMethod, varianceThreshold.stripTrailingZeros(),
                placesPerDirection, grantCount, grantPolicy, minimumAwardScore.stripTrailingZeros(), grantAmountTenge,
                placePrizes, directions.stream().map(d -> List.of(d.code(), String.valueOf(d.grantQuota()))).toList(),
                criteria.stream().map(c -> List.of(c.code(), c.weightPercent(), c.scaleMax(),
                        String.valueOf(c.tieBreakOrder()))).toList());
    }

    static CompetitionSettings of(Competition c) {
        return new CompetitionSettings(c.getCode(), c.getYear(), c.getTitle(), c.getRegion(), c.getOpensAt(),
                c.getSubmissionDeadline(), c.getReviewDeadline(), c.getMinAge(), c.getMaxAge(),
                c.isOneApplicationPerApplicant(), c.getMaxFileBytes(), c.getMaxApplicationBytes(),
                c.getReviewersPerApplication(), c.getScoreMethod(), c.getVarianceThreshold(),
                c.getPlacesPerDirection(), c.getGrantCount(), c.getGrantPolicy(), c.getMinimumAwardScore(),
                c.getGrantAmountTenge(), c.getMaxBudgetTenge(), new TreeMap<>(c.getPlacePrizes()),
                c.getDirections().stream().map(d -> new DirectionSettings(d.getCode(), d.getName(),
                        d.getGrantQuota())).toList(),
                c.getCriteria().stream().map(k -> new CriterionSettings(k.getCode(), k.getName(),
                        k.getDescription(), k.getWeightPercent(), k.getScaleMax(), k.getTieBreakOrder())).toList());
    }
}
