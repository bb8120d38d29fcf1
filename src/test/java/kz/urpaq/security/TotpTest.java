package kz.urpaq.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The codes are those of RFC 6238, Appendix B, and of every authenticator app. */
class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);
    /** SHA1_KEY in base32, as an app would be given it. */
    private static final String SHA1_KEY_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc_6238_test_vectors(long seconds, String sha1, String sha256, String sha512) {
        var step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
        // the six digits an app shows are the last six of the same number
        assertThat(Totp.code(SHA1_KEY_BASE32, step)).isEqualTo(sha1.substring(2));
    }

    @Test
    void a_code_of_the_step_before_or_after_is_taken_and_nothing_further() {
        var now = Instant.ofEpochSecond(1_111_111_111);
        var step = Totp.step(now);
        for (var offset = -1; offset <= 1; offset++) {
            assertThat(Totp.matchingStep(SHA1_KEY_BASE32, Totp.code(SHA1_KEY_BASE32, step + offset), now, 0))
                    .hasValue(step + offset);
        }
        assertThat(Totp.matchingStep(SHA1_KEY_BASE32, Totp.code(SHA1_KEY_BASE32, step - 2), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_KEY_BASE32, Totp.code(SHA1_KEY_BASE32, step + 2), now, 0)).isEmpty();
    }

    @Test
    void a_code_of_a_step_used_already_is_not_taken_again() {
        var now = Instant.ofEpochSecond(1_111_111_111);
        var step = Totp.step(now);
        var code = Totp.code(SHA1_KEY_BASE32, step);
        assertThat(Totp.matchingStep(SHA1_KEY_BASE32, code, now, step - 1)).hasValue(step);
        assertThat(Totp.matchingStep(SHA1_KEY_BASE32, code, now, step)).isEmpty();
        // an older code is no way round it either
        assertThat(Totp.matchingStep(SHA1_KEY_BASE32, Totp.code(SHA1_KEY_BASE32, step - 1), now, step)).isEmpty();
    }

    @Test
    void spaces_are_ignored_and_anything_but_six_digits_is_refused() {
        var now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(SHA1_KEY_BASE32, "287 082", now, 0)).isPresent();
        for (var typed : new String[]{"", "28708", "2870822", "28708a", "<script>", "٢٨٧٠٨٢"}) {
            assertThat(Totp.matchingStep(SHA1_KEY_BASE32, typed, now, 0)).as(typed).isEmpty();
        }
    }

    @Test
    void new_secrets_are_32_base32_letters_an_app_takes_and_never_repeat() {
        var first = Totp.newSecret();
        assertThat(first).matches("[A-Z2-7]{32}");
        assertThat(Totp.isSecret(first)).isTrue();
        assertThat(Totp.newSecret()).isNotEqualTo(first);
        assertThat(Totp.isSecret("short")).isFalse();
        assertThat(Totp.isSecret("URPAQ ADMIN")).isFalse();
        assertThat(Totp.grouped("ABCDEFGHIJKL")).isEqualTo("ABCD EFGH IJKL");
    }

    @Test
    void the_key_address_names_the_issuer_and_the_account_for_the_app() {
        assertThat(Totp.keyUri("Urpaq", "jury+1@example.kz", SHA1_KEY_BASE32)).isEqualTo(
                "otpauth://totp/Urpaq:jury%2B1%40example.kz?secret=" + SHA1_KEY_BASE32
                        + "&issuer=Urpaq&algorithm=SHA1&digits=6&period=30");
    }
}
