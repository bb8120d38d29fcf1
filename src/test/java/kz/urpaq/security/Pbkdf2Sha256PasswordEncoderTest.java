package kz.urpaq.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The encoder with precomputed HMAC pads against Spring Security's PBKDF2 encoder and the JDK's PBKDF2. */
class Pbkdf2Sha256PasswordEncoderTest {

    private final Pbkdf2Sha256PasswordEncoder ours = new Pbkdf2Sha256PasswordEncoder();
    private final Pbkdf2PasswordEncoder spring = Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Test
    void each_reads_the_others_hashes_at_the_full_310000_iterations() {
        for (var password : List.of("applicant-urpaq-2026", "Тәуелсіздік ұрпақтары 2026!", "ә".repeat(PasswordPolicy.MAX_LENGTH))) {
            var fromSpring = spring.encode(password);
            var fromOurs = ours.encode(password);

            assertThat(ours.matches(password, fromSpring)).as(password).isTrue();
            assertThat(spring.matches(password, fromOurs)).as(password).isTrue();
            assertThat(ours.matches(password + "x", fromSpring)).isFalse();
            assertThat(fromOurs).hasSize(2 * (16 + 32)).matches("[0-9a-f]+");
        }
    }

    @Test
    void the_hash_is_the_jdks_pbkdf2_for_any_password_salt_and_count() throws Exception {
        var random = new Random(24);
        var factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
        var alphabet = "aZ9 !әіңғүұқөһ«»€😀\uD800".codePoints().toArray(); // an unpaired surrogate too
        for (int i = 0; i < 300; i++) {
            int length = 1 + random.nextInt(i < 20 ? 200 : 40); // keys longer than a block (64 bytes) are hashed first
            var password = new StringBuilder();
            for (int j = 0; j < length; j++) {
                password.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            var salt = new byte[16];
            random.nextBytes(salt);
            int iterations = 1 + random.nextInt(64);

            var expected = factory.generateSecret(new PBEKeySpec(password.toString().toCharArray(), salt, iterations, 256)).getEncoded();

            assertThat(new Pbkdf2Sha256PasswordEncoder(iterations).hash(password.toString(), salt))
                    .as("password %s, %d iterations", password, iterations).isEqualTo(expected);
        }
    }

    @Test
    void a_stored_hash_of_the_wrong_length_or_no_password_never_matches() {
        var hash = ours.encode("applicant-urpaq-2026");
        var failures = new ArrayList<Boolean>();
        failures.add(ours.matches("applicant-urpaq-2026", hash.substring(0, hash.length() - 2)));
        failures.add(ours.matches("applicant-urpaq-2026", "00"));
        failures.add(ours.matches("", hash));
        failures.add(ours.matches(null, hash));
        failures.add(ours.matches("applicant-urpaq-2026", ""));

        assertThat(failures).containsOnly(false);
        assertThat(ours.matches("applicant-urpaq-2026", hash)).isTrue();
        assertThatThrownBy(() -> ours.matches("applicant-urpaq-2026", "not hex")).isInstanceOf(IllegalArgumentException.class);
    }
}
