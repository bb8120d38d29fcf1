package kz.urpaq.testing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

/**
 * Every test context runs on a clock the tests can move. It is picked up by component scanning
 * (not imported per test) so that all tests share one Spring context: Vaadin installs its
 * security-context strategy globally per context, and several live contexts in one JVM would
 * read each other's empty strategy (docs/stack-notes.md). {@link ClockReset} puts the clock back
 * to {@link #START} before every test.
 */
@Configuration(proxyBeanMethods = false)
public class MutableClockConfiguration {

    public static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(START);
    }
}
