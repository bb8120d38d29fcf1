package kz.urpaq.certificate;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationCodesTest {

    @Test
    void codes_carry_128_random_bits_url_safe_without_padding() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String code = VerificationCodes.next();
            assertThat(code).hasSize(22).matches("[A-Za-z0-9_-]{22}");
            assertThat(Base64.getUrlDecoder().decode(code)).hasSize(16);
            assertThat(VerificationCodes.isWellFormed(code)).isTrue();
            seen.add(code);
        }
        assertThat(seen).hasSize(1_000);
        assertThat(VerificationCodes.isWellFormed("short")).isFalse();
        assertThat(VerificationCodes.isWellFormed("aaaaaaaaaaaaaaaaaaaaa/")).isFalse();
    }

    @Test
    void serial_numbers() {
        assertThat(CertificateKind.PLACE_DIPLOMA.serial("TU", 2026, 7)).isEqualTo("TU-2026-D-0007");
        assertThat(CertificateKind.GRANT_CERTIFICATE.serial("TU", 2026, 12)).isEqualTo("TU-2026-G-0012");
    }
}
