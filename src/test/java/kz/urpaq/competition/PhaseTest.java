package kz.urpaq.competition;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle's rules, named where they are decided instead of compared by position. */
class PhaseTest {

    @Test
    void each_rule_starts_at_its_phase_and_holds_to_the_end() {
        assertThat(EnumSet.allOf(Phase.class)).filteredOn(Phase::submissionsClosed)
                .containsExactly(Phase.SCREENING, Phase.REVIEW, Phase.DELIBERATION, Phase.PRELIMINARY, Phase.ANNOUNCED,
                        Phase.ARCHIVED);
        assertThat(EnumSet.allOf(Phase.class)).filteredOn(Phase::settingsLocked)
                .containsExactly(Phase.REVIEW, Phase.DELIBERATION, Phase.PRELIMINARY, Phase.ANNOUNCED, Phase.ARCHIVED);
        assertThat(EnumSet.allOf(Phase.class)).filteredOn(Phase::scoresFrozen)
                .containsExactly(Phase.DELIBERATION, Phase.PRELIMINARY, Phase.ANNOUNCED, Phase.ARCHIVED);
        assertThat(EnumSet.allOf(Phase.class)).filteredOn(Phase::resultsPublic)
                .containsExactly(Phase.ANNOUNCED, Phase.ARCHIVED);
    }

    @Test
    void a_competition_moves_one_phase_forward_and_archived_is_the_end() {
        assertThat(Phase.DRAFT.next()).contains(Phase.OPEN);
        assertThat(Phase.DELIBERATION.next()).contains(Phase.PRELIMINARY);
        assertThat(Phase.DELIBERATION.next(true)).contains(Phase.PRELIMINARY);
        assertThat(Phase.DELIBERATION.next(false)).as("without appeals").contains(Phase.ANNOUNCED);
        assertThat(Phase.PRELIMINARY.next(false)).contains(Phase.ANNOUNCED);
        assertThat(Phase.ARCHIVED.next()).isEmpty();
        assertThat(Phase.OPEN.isBefore(Phase.REVIEW)).isTrue();
        assertThat(Phase.REVIEW.isBefore(Phase.REVIEW)).isFalse();
    }
}
