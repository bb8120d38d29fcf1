package kz.urpaq.competition;

import kz.urpaq.base.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A competition as pages show it: a detached, immutable copy. The dates are empty only in a
 * draft; every public phase has all three.
 */
public record CompetitionOverview(
        long id,
        String code,
        int year,
        LocalizedText title,
        LocalizedText region,
        Phase phase,
        @Nullable Instant opensAt,
        @Nullable Instant submissionDeadline,
        @Nullable Instant reviewDeadline,
        int minAge,
        int maxAge,
        int placesPerDirection,
        int grantCount,
        GrantPolicy grantPolicy,
        BigDecimal minimumAwardScore,
        long grantAmountTenge,
        long maxBudgetTenge,
        boolean oneApplicationPerApplicant,
        long maxFileBytes,
        long maxApplicationBytes,
        Map<Integer, Long> placePrizes,
        List<DirectionView> directions,
        List<CriterionView> criteria,
        int reviewersPerApplication,
        BigDecimal varianceThreshold,
        long organiserId,
        java.util.Set<kz.urpaq.base.domain.Region> eligibleRegions,
        boolean appealsEnabled,
        @Nullable Instant appealsCloseAt) {

    public CompetitionOverview {
        eligibleRegions = java.util.Set.copyOf(eligibleRegions);
    }

    /** Whether a resident of the region may apply: every region when none is named. */
    public boolean acceptsResidentsOf(kz.urpaq.base.domain.Region region) {
        return eligibleRegions.isEmpty() || eligibleRegions.contains(region);
    }

    public record DirectionView(long id, String code, LocalizedText name) {
    }

    public record CriterionView(long id, String code, LocalizedText name, LocalizedText description,
                                int weightPercent, int scaleMax) {
    }

    static CompetitionOverview of(Competition c) {
        return new CompetitionOverview(c.getId(), c.getCode(), c.getYear(), c.getTitle(), c.getRegion(), c.getPhase(),
                c.getOpensAt(), c.getSubmissionDeadline(), c.getReviewDeadline(), c.getMinAge(), c.getMaxAge(),
                c.getPlacesPerDirection(), c.getGrantCount(), c.getGrantPolicy(), c.getMinimumAwardScore(),
                c.getGrantAmountTenge(), c.getMaxBudgetTenge(), c.isOneApplicationPerApplicant(), c.getMaxFileBytes(),
                c.getMaxApplicationBytes(), new TreeMap<>(c.getPlacePrizes()),
                c.getDirections().stream().map(d -> new DirectionView(d.getId(), d.getCode(), d.getName())).toList(),
                c.getCriteria().stream().map(k -> new CriterionView(k.getId(), k.getCode(), k.getName(),
                        k.getDescription(), k.getWeightPercent(), k.getScaleMax())).toList(),
                c.getReviewersPerApplication(), c.getVarianceThreshold(), c.getOrganiserId(),
                c.getEligibleRegions(), c.isAppealsEnabled(), c.getAppealsCloseAt());
    }

    /** Whether an appeal may be filed at this instant: PRELIMINARY, before the window closes (domain.md §13). */
    public boolean acceptsAppealsAt(Instant now) {
        return phase == Phase.PRELIMINARY && appealsCloseAt != null && now.isBefore(appealsCloseAt);
    }

    /** Whether applications are accepted at this instant: phase OPEN and within its dates. */
    public boolean acceptsSubmissionsAt(Instant now) {
        return phase == Phase.OPEN && opensAt != null && submissionDeadline != null && !now.isBefore(opensAt)
                && now.isBefore(submissionDeadline);
    }
}
