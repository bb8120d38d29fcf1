package kz.urpaq.competition;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Prizes per place as organisers type them: what is read, what is refused rather than guessed. */
class PlacePrizesTest {

    @Test
    void amounts_are_read_place_by_place_from_the_first() {
        assertThat(PlacePrizes.parse("1000000 / 700000 / 500000"))
                .containsExactly(Map.entry(1, 1_000_000L), Map.entry(2, 700_000L), Map.entry(3, 500_000L));
        assertThat(PlacePrizes.parse("1000000;700000"))
                .containsExactly(Map.entry(1, 1_000_000L), Map.entry(2, 700_000L));
        assertThat(PlacePrizes.parse("0")).containsExactly(Map.entry(1, 0L));
    }

    @Test
    void amounts_grouped_as_money_is_written_are_read_whatever_the_space() {
        assertThat(PlacePrizes.parse("1 000 000 / 700 000 / 500 000"))
                .isEqualTo(PlacePrizes.parse("1000000/700000/500000"));
        assertThat(PlacePrizes.parse("1\u00a0000\u00a0000 ₸ /\t700\u202f000₸"))
                .containsExactly(Map.entry(1, 1_000_000L), Map.entry(2, 700_000L));
    }

    @Test
    void no_text_means_no_prizes_and_an_empty_place_has_none() {
        assertThat(PlacePrizes.parse("")).isEmpty();
        assertThat(PlacePrizes.parse("  \u00a0 ")).isEmpty();
        assertThat(PlacePrizes.parse("500 / / 300 /")).containsExactly(Map.entry(1, 500L), Map.entry(3, 300L));
    }

    @Test
    void what_is_not_a_whole_amount_of_tenge_is_refused() {
        for (var text : new String[] {"-500000", "−500000", "1 000 000 / -5", "abc", "12abc3", "1.5", "500 тг",
                "1,000,000", "700 000, 500 000", "١٢٣", "₸"}) {
            assertThatThrownBy(() -> PlacePrizes.parse(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void an_amount_too_large_to_hold_is_refused_not_wrapped() {
        assertThat(PlacePrizes.parse(String.valueOf(Long.MAX_VALUE))).containsEntry(1, Long.MAX_VALUE);
        assertThatThrownBy(() -> PlacePrizes.parse("9 223 372 036 854 775 808"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PlacePrizes.parse("1".repeat(40))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_written_line_reads_back_to_the_same_prizes() {
        var prizes = Map.of(1, 1_000_000L, 2, 700_000L, 4, 100_000L);

        assertThat(PlacePrizes.format(prizes)).isEqualTo("1000000 / 700000 /  / 100000");
        assertThat(PlacePrizes.parse(PlacePrizes.format(prizes))).isEqualTo(prizes);
        assertThat(PlacePrizes.format(Map.of())).isEmpty();
    }
}
