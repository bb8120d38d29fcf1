package kz.urpaq.base;

import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.Money;
import kz.urpaq.base.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTest {

    @Test
    void money_is_grouped_by_thousands_with_the_tenge_sign() {
        assertThat(Money.tenge(1_000_000)).isEqualTo("1\u00a0000\u00a0000\u00a0₸");
        assertThat(Money.tenge(999)).isEqualTo("999\u00a0₸");
        assertThat(Money.tenge(0)).isEqualTo("0\u00a0₸");
    }

    @Test
    void instants_are_shown_in_almaty_time() {
        var instant = Instant.parse("2026-12-25T13:00:00Z");

        assertThat(Almaty.dateTime(instant)).isEqualTo("25.12.2026 18:00");
        assertThat(Almaty.date(Instant.parse("2026-12-31T19:30:00Z"))).isEqualTo("01.01.2027");
    }

    @Test
    void languages_are_read_from_codes_and_locales_with_kazakh_as_default() {
        assertThat(Language.of("ru-RU")).isEqualTo(Language.RU);
        assertThat(Language.of("EN")).isEqualTo(Language.EN);
        assertThat(Language.of("de")).isEqualTo(Language.KK);
        assertThat(Language.of((String) null)).isEqualTo(Language.KK);
        assertThat(Language.of(Locale.of("kk", "KZ"))).isEqualTo(Language.KK);
        assertThat(Language.locales()).first().isEqualTo(Locale.of("kk"));
    }
}
