package kz.urpaq.security;

import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.MutableClockConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;

import static kz.urpaq.security.AttemptLimits.Kind.SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;

class AttemptLimitsTest {

    private final MutableClock clock = new MutableClock(MutableClockConfiguration.START);
    private final AttemptLimits limits = new AttemptLimits(clock);

    @Test
    void the_wait_between_failed_sign_ins_grows_with_their_number_and_never_becomes_a_lock() {
        var waits = new ArrayList<Duration>();
        for (int attempt = 1; attempt <= 60; attempt++) {
            var wait = limits.take(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, "someone@example.kz 10.0.0.1");
            waits.add(wait.orElse(Duration.ZERO));
            wait.ifPresent(clock::advance);
            if (wait.isPresent()) {
                assertThat(limits.take(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, "someone@example.kz 10.0.0.1"))
                        .as("after the wait, attempt %d goes through", attempt).isEmpty();
            }
        }

        assertThat(waits.subList(0, 5)).as("the first five at once").containsOnly(Duration.ZERO);
        assertThat(waits.get(5)).isEqualTo(Duration.ofSeconds(12));
        assertThat(waits.get(59)).isGreaterThan(Duration.ofMinutes(20));
        assertThat(waits).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofDays(1).dividedBy(40)));
        for (int i = 6; i < waits.size(); i++) {
            assertThat(waits.get(i)).as("wait %d", i).isGreaterThanOrEqualTo(waits.get(i - 1).minusSeconds(1));
        }
    }

    @Test
    void an_attempt_given_back_is_not_counted_and_a_forgotten_key_starts_again() {
        var key = "owner@example.kz 10.0.0.2";
        for (int i = 0; i < 5; i++) {
            limits.take(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, key);
        }
        assertThat(limits.take(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, key)).isPresent();

        limits.giveBack(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, key);
        assertThat(limits.take(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, key)).isEmpty();

        limits.forget(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, key);
        assertThat(limits.isUntouched(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, key)).isTrue();
        assertThat(limits.take(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, key)).isEmpty();
    }

    @Test
    void a_refusal_names_the_wait_in_whole_minutes_rounded_up() {
        assertThat(AttemptLimits.refusal(Duration.ofSeconds(61)).refusal().args()).containsExactly(2L);
        assertThat(AttemptLimits.refusal(Duration.ofSeconds(5)).refusal().args()).containsExactly(1L);
    }
}
