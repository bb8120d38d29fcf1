package kz.urpaq.submission;

import kz.urpaq.applicant.AgeRule;
import kz.urpaq.applicant.IinProblem;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.security.PasswordPolicy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal a service can give has its message in Kazakh, Russian and English. */
class RefusalMessagesTest {

    private static final Pattern REFUSAL_KEY =
            Pattern.compile("(?:Refusal\\.of|InputRefusedException)\\(\\s*[^,()]+,\\s*\"([a-z0-9.-]+)\"");

    private static List<String> keys() throws IOException {
        var keys = new ArrayList<String>();
        for (var problem : IinProblem.values()) {
            keys.add(problem.messageKey());
        }
        for (var problem : AgeRule.Problem.values()) {
            keys.add(problem.messageKey());
        }
        for (var problem : PasswordPolicy.Problem.values()) {
            keys.add(problem.messageKey());
        }
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = REFUSAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void every_refusal_has_a_message_in_every_language() throws IOException {
        var keys = keys();
        assertThat(keys).contains("account.error.too-many-attempts", "iin.error.taken", "consent.error.required");
        for (var language : Language.values()) {
            var properties = new Properties();
            try (var in = getClass().getResourceAsStream(
                    "/vaadin-i18n/translations_" + language.code() + ".properties")) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(properties.stringPropertyNames()).as("messages in %s", language).containsAll(keys);
        }
    }
}
