package kz.urpaq.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueuedPasswordEncoderTest {

    /** A hash that takes as long as the test says: it finishes when the latch opens. */
    private static final class SlowHashes implements PasswordEncoder {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch finish = new CountDownLatch(1);

        @Override
        public String encode(CharSequence rawPassword) {
            return "hash:" + rawPassword;
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            started.countDown();
            try {
                finish.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return encodedPassword.equals(encode(rawPassword));
        }
    }

    @Test
    void a_check_that_cannot_start_in_time_is_refused_as_busy_and_the_next_one_is_checked() throws Exception {
        var hashes = new SlowHashes();
        var encoder = new QueuedPasswordEncoder(hashes, 1, Duration.ofMillis(200));
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = pool.submit(() -> encoder.matches("first", "hash:first"));
            assertThat(hashes.started.await(5, TimeUnit.SECONDS)).isTrue();

            assertThatThrownBy(() -> encoder.matches("second", "hash:second")).isInstanceOf(SignInBusyException.class);

            hashes.finish.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(encoder.matches("third", "hash:third")).isTrue();
        assertThat(encoder.matches("third", "hash:wrong")).isFalse();
    }

    @Test
    void checks_beyond_the_processors_wait_their_turn_and_are_counted_as_waiting() throws Exception {
        var hashes = new SlowHashes();
        var encoder = new QueuedPasswordEncoder(hashes, 1, Duration.ofSeconds(30));
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = pool.submit(() -> encoder.matches("a", "hash:a"));
            assertThat(hashes.started.await(5, TimeUnit.SECONDS)).isTrue();
            var second = pool.submit(() -> encoder.matches("b", "hash:b"));
            while (encoder.waiting() == 0) {
                Thread.onSpinWait();
            }
            assertThat(second.isDone()).isFalse();

            hashes.finish.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isTrue();
            assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
            assertThat(encoder.waiting()).isZero();
        }
    }

    @Test
    void a_new_password_is_hashed_by_the_encoder_underneath() {
        var encoder = new QueuedPasswordEncoder(new SlowHashes(), 2, Duration.ofSeconds(1));
        assertThat(encoder.encode("новый-пароль")).isEqualTo("hash:новый-пароль");
    }
}
