package kz.urpaq.competition;

import kz.urpaq.base.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything needed to set up a competition in one step. */
public record CompetitionSpec(
        String code,
        int year,
        LocalizedText title,
        LocalizedText region,
        Phase phase,
        Instant opensAt,
        Instant submissionDeadline,
        Instant reviewDeadline,
        int minAge,
        int maxAge,
        int placesPerDirection,
        int grantCount,
        GrantPolicy grantPolicy,
        BigDecimal minimumAwardScore,
        long grantAmountTenge,
        Map<Integer, Long> placePrizes,
        List<DirectionSpec> directions,
        List<CriterionSpec> criteria) {

    public record DirectionSpec(String code, LocalizedText name) {
    }

    public record CriterionSpec(String code, LocalizedText name, LocalizedText description, int weightPercent,
                                int scaleMax, @Nullable Integer tieBreakOrder) {
    }
}
