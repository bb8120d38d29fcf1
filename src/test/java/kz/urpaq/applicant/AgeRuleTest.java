package kz.urpaq.applicant;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The age counts on the deadline date, both ends of the band included. */
class AgeRuleTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 25);
    private final AgeRule rule = new AgeRule(DEADLINE, 14, 35);

    @Test
    void exactly_14_on_the_deadline_day_is_allowed_and_one_day_short_is_refused() {
        assertThat(rule.check(LocalDate.of(2012, 12, 25))).isEmpty();
        assertThat(rule.check(LocalDate.of(2012, 12, 26))).contains(AgeRule.Problem.TOO_YOUNG);
    }

    @Test
    void still_35_on_the_deadline_day_is_allowed_and_36_is_refused() {
        assertThat(rule.check(LocalDate.of(1990, 12, 26))).isEmpty();
        assertThat(rule.check(LocalDate.of(1990, 12, 25))).contains(AgeRule.Problem.TOO_OLD);
    }

    @Test
    void under_18_needs_a_guardian_from_the_day_of_birth_to_the_eve_of_the_18th_birthday() {
        var today = LocalDate.of(2026, 11, 25);

        assertThat(AgeRule.isMinorOn(LocalDate.of(2008, 11, 26), today)).isTrue();
        assertThat(AgeRule.isMinorOn(LocalDate.of(2008, 11, 25), today)).isFalse();
    }
}
