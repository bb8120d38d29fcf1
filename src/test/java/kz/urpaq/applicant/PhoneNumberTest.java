package kz.urpaq.applicant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumberTest {

    @Test
    void the_ways_people_write_a_kazakhstan_mobile_number_all_become_one() {
        for (var typed : new String[]{"87011234567", "+77011234567", "+7 701 123 45 67", "8-701-123-45-67",
                "+7 (701) 123-45-67", "7011234567", " 8 701 123 4567 ", "77011234567"}) {
            assertThat(PhoneNumber.normalize(typed)).as(typed).contains("+7 701 123 45 67");
        }
    }

    @Test
    void numbers_outside_plus_7_7xx_and_broken_ones_are_refused() {
        for (var typed : new String[]{"", "+7 612 123 45 67", "86121234567", "+49 30 1234567", "+7701123456",
                "870112345678", "8701abc4567", "+8 701 123 45 67"}) {
            assertThat(PhoneNumber.normalize(typed)).as(typed).isEmpty();
        }
    }
}
