package kz.urpaq.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"x<victim@corp.kz>", "Victim <victim@corp.kz>", "a@b.c,admin", "a@b.kz;c@d.kz",
            "\"a,b\"@corp.kz", "first last@corp.kz", "a@corp .kz", "(comment)a@corp.kz", "a@[10.0.0.1]",
            "a@corp.kz\nBcc: victim@corp.kz", "a@@corp.kz", "a@corp", ".a@corp.kz", "a..b@corp.kz", "a.@corp.kz",
            "a@-corp.kz", "a@corp-.kz", "a@corp..kz", "a\\b@corp.kz", "a:b@corp.kz"})
    void an_address_with_a_display_name_a_list_quotes_or_spaces_is_refused(String email) {
        assertThat(AccountRules.checkEmail(email)).hasValueSatisfying(refusal -> {
            assertThat(refusal.field()).isEqualTo(AccountRules.FIELD_EMAIL);
            assertThat(refusal.messageKey()).isEqualTo("account.error.email-invalid");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"aruzhan@urpaq.local", "first.last+grants@mail.example.kz", "o'brien@school-12.kz",
            "  Someone@Example.KZ  ", "a@b.c"})
    void a_plain_address_is_accepted_and_surrounding_spaces_do_not_count(String email) {
        assertThat(AccountRules.checkEmail(email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"оқушы@мектеп.қаз", "user@мектеп.kz"})
    void an_address_in_non_latin_letters_is_refused(String email) {
        assertThat(AccountRules.checkEmail(email)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void an_empty_address_is_asked_for(String email) {
        assertThat(AccountRules.checkEmail(email)).hasValueSatisfying(
                refusal -> assertThat(refusal.messageKey()).isEqualTo("account.error.email-required"));
    }
}
