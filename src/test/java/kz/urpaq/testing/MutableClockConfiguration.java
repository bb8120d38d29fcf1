package kz.urpaq.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;

/** Replaces the application's clock; import it with {@code @Import} where a test moves time. */
@TestConfiguration
public class MutableClockConfiguration {

    public static final Instant START = Instant.parse("2026-11-25T10:00:00Z");

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(START);
    }
}
