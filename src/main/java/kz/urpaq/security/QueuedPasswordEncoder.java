package kz.urpaq.security;

import jakarta.servlet.ServletException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Password hashes are slow on purpose (PBKDF2, docs/decisions/005), so when hundreds of people sign in
 * at once — an instance died on the last evening and everyone on it comes back — checking all of them
 * side by side makes every one wait as long as the last. This lets as many checks run as there are
 * processors and the others wait their turn in the order they came: the first ones are done at once and
 * each waits only for those before it. A check that cannot start within {@code patience} is refused
 * with {@link SignInBusyException} (30 s in production), so the page says "busy, try again" instead of hanging.
 */
final class QueuedPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder hashes;
    private final Semaphore turns;
    private final Duration patience;
    /** Set while this thread holds a turn taken by {@link #inTurn}: its checks run without asking again. */
    private final ThreadLocal<Boolean> holdsTurn = ThreadLocal.withInitial(() -> false);

    QueuedPasswordEncoder(PasswordEncoder hashes, int atOnce, Duration patience) {
        this.hashes = hashes;
        this.turns = new Semaphore(atOnce, true);
        this.patience = patience;
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        // A new password (registration, change): worth waiting for, never refused. A sign-in that
        // upgrades its hash holds its turn already.
        if (holdsTurn.get()) {
            return hashes.encode(rawPassword);
        }
        turns.acquireUninterruptibly();
        try {
            return hashes.encode(rawPassword);
        } finally {
            turns.release();
        }
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        if (holdsTurn.get()) {
            return hashes.matches(rawPassword, encodedPassword);
        }
        awaitTurn();
        try {
            return hashes.matches(rawPassword, encodedPassword);
        } finally {
            turns.release();
        }
    }

    /**
     * Runs a whole sign-in in one turn: it waits in the queue first, and only then is counted and
     * checked. {@link SignInThrottleFilter} uses it so that sign-ins waiting their turn are not
     * attempts yet: a school's computer room or a mobile operator's shared address, where hundreds come
     * back at once after an instance died, never uses up the address's allowance with sign-ins
     * that nobody has checked. Throws {@link SignInBusyException} when the turn does not come in time.
     */
    void inTurn(SignIn signIn) throws IOException, ServletException {
        awaitTurn();
        holdsTurn.set(true);
        try {
            signIn.run();
        } finally {
            holdsTurn.remove();
            turns.release();
        }
    }

    /** A sign-in's work, with the exceptions of the filter chain it runs. */
    @FunctionalInterface
    interface SignIn {
        void run() throws IOException, ServletException;
    }

    private void awaitTurn() {
        try {
            if (!turns.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SignInBusyException();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInBusyException();
        }
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return hashes.upgradeEncoding(encodedPassword);
    }

    /** How many checks wait for their turn now (a gauge for the metrics). */
    int waiting() {
        return turns.getQueueLength();
    }
}
