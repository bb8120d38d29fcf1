package kz.urpaq.competition;

import kz.urpaq.base.domain.LocalizedText;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompetitionTest {

    private static final LocalizedText NAME = new LocalizedText("Атауы", "Название", "Name");

    private static Competition competition() {
        return new Competition(1L, "C", 2026, NAME, NAME, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"), 1_000_000, Instant.EPOCH);
    }

    @Test
    void default_criteria_weigh_exactly_100_percent() {
        var competition = competition();
        DefaultCriteria.all().forEach(c -> competition.addCriterion(c.code(), c.name(), c.description(),
                c.weightPercent(), c.scaleMax(), c.tieBreakOrder()));

        assertThat(competition.totalWeightPercent()).isEqualTo(100);
    }

    @Test
    void an_age_band_upside_down_is_refused() {
        assertThatThrownBy(() -> competition().setAgeBand(30, 14)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_weight_outside_1_to_100_is_refused() {
        assertThatThrownBy(() -> competition().addCriterion("x", NAME, NAME, 0, 10, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> competition().addCriterion("x", NAME, NAME, 101, 10, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_minimum_award_score_above_100_is_refused() {
        assertThatThrownBy(() -> competition().setAwards(3, 15, GrantPolicy.PLACE_WINNERS, BigDecimal.valueOf(101)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_text_must_exist_in_all_three_languages() {
        assertThatThrownBy(() -> new LocalizedText("Ғылым", "", "Science")).isInstanceOf(IllegalArgumentException.class);
        assertThat(NAME.in(java.util.Locale.of("ru"))).isEqualTo("Название");
        assertThat(NAME.in(java.util.Locale.of("de"))).isEqualTo("Атауы");
    }

    @Test
    void submissions_are_accepted_only_in_open_phase_and_before_the_deadline() {
        var deadline = Instant.parse("2026-02-01T00:00:00Z");
        var overview = new CompetitionOverview(1, "C", 2026, NAME, NAME, Phase.OPEN,
                Instant.parse("2026-01-01T00:00:00Z"), deadline, Instant.parse("2026-03-01T00:00:00Z"), 14, 35, 3, 15,
                GrantPolicy.PLACE_WINNERS, BigDecimal.TEN, 1, 1, true, 10_485_760, 31_457_280, java.util.Map.of(),
                java.util.List.of(),
                java.util.List.of(), 3, BigDecimal.valueOf(15), 1L, java.util.Set.of(), true, null);

        assertThat(overview.acceptsSubmissionsAt(deadline.minusSeconds(1))).isTrue();
        assertThat(overview.acceptsSubmissionsAt(deadline)).isFalse();
        assertThat(overview.acceptsSubmissionsAt(deadline.plusSeconds(1))).isFalse();
        assertThat(overview.acceptsSubmissionsAt(Instant.parse("2025-12-31T23:59:59Z"))).isFalse();
    }
}
