package kz.urpaq.certificate;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateKindTest {

    @Test
    void every_kind_has_a_label_and_every_refusal_a_message_in_each_language() throws IOException {
        for (var language : new String[]{"kk", "ru", "en"}) {
            var properties = new Properties();
            try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (var kind : CertificateKind.values()) {
                assertThat(properties.getProperty(kind.labelKey())).as(kind + " in " + language).isNotBlank();
            }
            for (var key : new String[]{CertificateRefusedException.WRONG_PHASE,
                    CertificateRefusedException.REASON_REQUIRED, CertificateRefusedException.REASON_TOO_LONG,
                    CertificateRefusedException.ALREADY_REVOKED, CertificateRefusedException.NOT_REVOKED,
                    CertificateRefusedException.ALREADY_REISSUED}) {
                assertThat(properties.getProperty(key)).as(key + " in " + language).isNotBlank();
            }
        }
    }
}
