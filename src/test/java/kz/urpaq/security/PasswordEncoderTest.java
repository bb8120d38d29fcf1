package kz.urpaq.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordEncoderTest {

    private final org.springframework.security.crypto.password.PasswordEncoder encoder =
            new SecurityConfiguration().passwordEncoder();

    @Test
    void a_password_of_128_kazakh_letters_is_hashed_and_matched() {
        var longest = "ә".repeat(PasswordPolicy.MAX_LENGTH);

        var hash = encoder.encode(longest);

        assertThat(hash).startsWith("{" + SecurityConfiguration.PASSWORD_HASH_ID + "}");
        assertThat(encoder.matches(longest, hash)).isTrue();
        assertThat(encoder.matches("ә".repeat(PasswordPolicy.MAX_LENGTH - 1), hash)).isFalse();
    }

    @Test
    void hashes_stored_with_bcrypt_still_match() {
        var old = "{bcrypt}" + new BCryptPasswordEncoder().encode("applicant-urpaq-2026");

        assertThat(encoder.matches("applicant-urpaq-2026", old)).isTrue();
        assertThat(encoder.matches("applicant-urpaq-2027", old)).isFalse();
    }
}
