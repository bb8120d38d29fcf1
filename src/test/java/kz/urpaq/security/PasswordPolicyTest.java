package kz.urpaq.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void the_list_holds_the_ten_thousand_most_common_passwords() {
        assertThat(PasswordPolicy.commonPasswords()).hasSize(PasswordPolicy.COMMON_COUNT)
                .contains("password", "12345678", "qwerty", "iloveyou", "sunshine");
    }

    @Test
    void common_passwords_that_are_first_names_are_refused_too() {
        assertThat(PasswordPolicy.check("jennifer")).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(PasswordPolicy.check("Michelle")).contains(PasswordPolicy.Problem.TOO_COMMON);
    }

    @Test
    void passwords_from_deep_in_the_list_are_refused() {
        assertThat(PasswordPolicy.check("zxcvbnm123")).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(PasswordPolicy.check("1q2w3e4r")).contains(PasswordPolicy.Problem.TOO_COMMON);
    }

    @Test
    void a_common_password_is_refused_whatever_its_case() {
        assertThat(PasswordPolicy.check("password")).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(PasswordPolicy.check("PassWord")).contains(PasswordPolicy.Problem.TOO_COMMON);
        assertThat(PasswordPolicy.check("QWERTYUIOP")).contains(PasswordPolicy.Problem.TOO_COMMON);
    }

    @Test
    void seven_characters_are_too_short_and_eight_are_enough() {
        assertThat(PasswordPolicy.check("Ұрпақ-7")).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(PasswordPolicy.check("Ұрпақ-72")).isEmpty();
    }

    @Test
    void up_to_128_characters_are_allowed_and_129_are_too_long() {
        assertThat(PasswordPolicy.check("ә".repeat(128))).isEmpty();
        assertThat(PasswordPolicy.check("ә".repeat(129))).contains(PasswordPolicy.Problem.TOO_LONG);
    }
}
