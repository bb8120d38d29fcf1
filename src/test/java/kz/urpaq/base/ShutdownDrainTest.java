package kz.urpaq.base;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.GenericApplicationContext;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ShutdownDrainTest {

    @Test
    void stopping_first_turns_readiness_down_then_waits_the_drain_delay_before_the_web_server_stops() {
        try (var context = new GenericApplicationContext()) {
            context.registerBean(ApplicationAvailabilityBean.class);
            context.refresh();
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
            var availability = context.getBean(ApplicationAvailabilityBean.class);
            var drain = new ShutdownDrain(context, Duration.ofMillis(300));
            drain.start();

            long start = System.nanoTime();
            drain.stop();

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
            assertThat(drain.isRunning()).isFalse();
            assertThat(drain.getPhase()).isEqualTo(Integer.MAX_VALUE);
        }
    }

    @Test
    void without_a_delay_stopping_changes_nothing() {
        try (var context = new GenericApplicationContext()) {
            context.registerBean(ApplicationAvailabilityBean.class);
            context.refresh();
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
            var drain = new ShutdownDrain(context, Duration.ZERO);

            drain.stop();

            assertThat(context.getBean(ApplicationAvailabilityBean.class).getReadinessState())
                    .isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        }
    }
}
