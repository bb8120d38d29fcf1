package kz.urpaq.outbox;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * When a mail that failed is tried again: after the first retry delay, doubling each time up to the
 * longest, and never after {@code give-up-after} from when it was queued (then it is FAILED).
 * By default 1 min, 2, 4 … 6 h, for 24 h.
 */
@Component
class RetryPolicy {

    private final Duration first;
    private final Duration longest;
    private final Duration giveUpAfter;

    RetryPolicy(@Value("${urpaq.outbox.first-retry:1m}") Duration first,
                @Value("${urpaq.outbox.longest-retry:6h}") Duration longest,
                @Value("${urpaq.outbox.give-up-after:24h}") Duration giveUpAfter) {
        this.first = first;
        this.longest = longest;
        this.giveUpAfter = giveUpAfter;
    }

    /** The delay after the given number of failed attempts (1 for the first failure). */
    Duration delayAfter(int failures) {
        var delay = first;
        for (int i = 1; i < failures && delay.compareTo(longest) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(longest) > 0 ? longest : delay;
    }

    /** The next attempt after {@code failures} failures, or null when the mail is to be given up. */
    @Nullable Instant nextAttempt(int failures, Instant queuedAt, Instant now) {
        var deadline = queuedAt.plus(giveUpAfter);
        if (!now.isBefore(deadline)) {
            return null;
        }
        var next = now.plus(delayAfter(failures));
        return next.isAfter(deadline) ? deadline : next;
    }
}
