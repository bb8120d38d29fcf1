package kz.urpaq.review;

import kz.urpaq.base.i18n.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Every state, status and refusal of the organisers' desk has words in every language. */
class ReviewLabelsTest {

    @Test
    void every_enum_shown_to_people_has_a_label_in_every_language() throws IOException {
        for (var language : Language.values()) {
            var properties = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language.code()
                    + ".properties")) {
                assertThat(in).isNotNull();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            var keys = properties.stringPropertyNames();
            for (var state : AssignmentState.values()) {
                assertThat(keys).as(language.code()).contains(state.labelKey());
            }
            for (var lateness : Lateness.values()) {
                assertThat(keys).as(language.code()).contains(lateness.labelKey());
            }
            for (var status : JurorStatus.values()) {
                assertThat(keys).as(language.code()).contains(status.labelKey());
            }
            for (var reason : AssignmentRefusedException.Reason.values()) {
                assertThat(keys).as(language.code()).contains(reason.messageKey());
            }
        }
    }
}
