package kz.urpaq.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many attempts of one kind a key (an account, a network address, or both) may make. Each
 * kind is a Bucket4j token bucket with several windows: the first few attempts go through at
 * once, then one every few seconds, then one every few minutes, so the wait grows with the
 * attempts and never becomes a lock. Buckets live in memory on each instance and are forgotten
 * once idle for their longest window (docs/decisions/019-no-enumeration-and-throttling.md).
 */
@Component
class AttemptLimits {

    /** The kinds of attempt that are limited, each with its windows. */
    enum Kind {
        SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS(
                window(5, Duration.ofMinutes(1)), window(10, Duration.ofMinutes(15)),
                window(20, Duration.ofHours(1)), window(40, Duration.ofDays(1))),
        SIGN_IN_FAILURES_PER_ACCOUNT(
                window(10, Duration.ofMinutes(1)), window(50, Duration.ofHours(1)), window(200, Duration.ofDays(1))),
        SIGN_IN_FAILURES_PER_ADDRESS(
                window(20, Duration.ofMinutes(1)), window(100, Duration.ofHours(1)), window(300, Duration.ofDays(1))),
        REGISTRATIONS_PER_ADDRESS(window(10, Duration.ofMinutes(10)), window(100, Duration.ofDays(1))),
        /** Wrong second-factor codes (at sign-in or step-up): a million codes cannot be tried. */
        SECOND_FACTOR_FAILURES_PER_ACCOUNT(
                window(5, Duration.ofMinutes(1)), window(20, Duration.ofHours(1)), window(60, Duration.ofDays(1))),
        RESET_REQUESTS_PER_ADDRESS(window(5, Duration.ofMinutes(10)), window(30, Duration.ofDays(1))),
        /** One notice per key and hour: a mail to staff, to an address someone tried to register, an audit record. */
        NOTICES(window(1, Duration.ofHours(1)));

        private final List<Window> windows;

        Kind(Window... windows) {
            this.windows = List.of(windows);
        }

        Duration longestWindow() {
            return windows.stream().map(Window::length).max(Comparator.naturalOrder()).orElseThrow();
        }
    }

    /** At most {@code attempts} in any stretch of {@code length}, given back one by one as it passes. */
    record Window(int attempts, Duration length) {
    }

    private static Window window(int attempts, Duration length) {
        return new Window(attempts, length);
    }

    /** More keys than this per kind and the least recently used are forgotten: memory stays bounded. */
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<Kind, Cache<String, Bucket>> buckets = new EnumMap<>(Kind.class);

    AttemptLimits(Clock clock) {
        this.clock = clock;
        Arrays.stream(Kind.values()).forEach(kind -> buckets.put(kind, Caffeine.newBuilder()
                .expireAfterAccess(kind.longestWindow())
                .maximumSize(MAX_KEYS)
                .ticker(this::nanos)
                .<String, Bucket>build()));
    }

    /** Takes one attempt; empty when the key may go on, else how long until it may. */
    Optional<Duration> take(Kind kind, String key) {
        var probe = bucket(kind, key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /**
     * The refusal of a registration or reset request from a network address that made too many:
     * it names the wait in whole minutes and nothing about any account.
     */
    static InputRefusedException refusal(Duration wait) {
        return new InputRefusedException(AccountRules.FIELD_EMAIL, "account.error.too-many-attempts",
                Math.max(1, wait.plusSeconds(59).toMinutes()));
    }

    /** Takes one attempt even when none is left: counted, but not refused. */
    void takeAnyway(Kind kind, String key) {
        bucket(kind, key).consumeIgnoringRateLimits(1);
    }

    /** Gives an attempt back: it turned out not to be one that counts (a sign-in that succeeded). */
    void giveBack(Kind kind, String key) {
        var bucket = buckets.get(kind).getIfPresent(key);
        if (bucket != null) {
            bucket.addTokens(1);
        }
    }

    /** Whether the key has made no attempt within the kind's longest window. */
    boolean isUntouched(Kind kind, String key) {
        return buckets.get(kind).getIfPresent(key) == null;
    }

    void forget(Kind kind, String key) {
        buckets.get(kind).invalidate(key);
    }

    private Bucket bucket(Kind kind, String key) {
        return buckets.get(kind).get(key, ignored -> newBucket(kind));
    }

    private Bucket newBucket(Kind kind) {
        var builder = Bucket.builder().withCustomTimePrecision(new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanos();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        });
        kind.windows.forEach(window -> builder.addLimit(limit -> limit.capacity(window.attempts())
                .refillGreedy(window.attempts(), window.length())));
        return builder.build();
    }

    /** The application's clock in nanoseconds, so tests that move the clock move the windows too. */
    private long nanos() {
        var now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
