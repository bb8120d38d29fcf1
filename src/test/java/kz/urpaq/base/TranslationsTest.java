package kz.urpaq.base;

import kz.urpaq.base.i18n.Language;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string exists in Kazakh, Russian and English, and views hold no visible text of
 * their own: they ask for translations by key.
 */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|t\\.apply|RefusedException|Refusal)\\(\\s*\"([a-z0-9.-]+)\"\\s*[,)]");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Map<Language, Properties> bundles() throws IOException {
        var bundles = new HashMap<Language, Properties>();
        for (var language : Language.values()) {
            var properties = new Properties();
            try (var in = TranslationsTest.class.getResourceAsStream(
                    "/vaadin-i18n/translations_" + language.code() + ".properties")) {
                assertThat(in).as("translations for %s", language).isNotNull();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            bundles.put(language, properties);
        }
        return bundles;
    }

    @Test
    void every_language_has_the_same_keys() throws IOException {
        var bundles = bundles();
        var kazakh = bundles.get(Language.KK).stringPropertyNames();
        for (var language : Language.values()) {
            assertThat(bundles.get(language).stringPropertyNames())
                    .as("keys of %s compared with Kazakh", language)
                    .containsExactlyInAnyOrderElementsOf(kazakh);
        }
    }

    @Test
    void no_translation_is_empty_or_left_in_another_language() throws IOException {
        var bundles = bundles();
        for (var language : Language.values()) {
            bundles.get(language).forEach((key, value) ->
                    assertThat(value.toString()).as("%s in %s", key, language).isNotBlank());
        }
        var kazakhLetters = Pattern.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]");
        var cyrillic = Pattern.compile("\\p{IsCyrillic}");
        bundles.get(Language.RU).forEach((key, value) -> assertThat(kazakhLetters.matcher(value.toString()).find())
                .as("Russian %s has Kazakh letters: %s", key, value).isFalse());
        bundles.get(Language.EN).forEach((key, value) -> assertThat(cyrillic.matcher(value.toString()).find())
                .as("English %s has Cyrillic letters: %s", key, value).isFalse());
    }

    @Test
    void placeholders_match_across_languages_and_formats_parse() throws IOException {
        var bundles = bundles();
        var placeholder = Pattern.compile("\\{(\\d+)");
        for (var key : bundles.get(Language.KK).stringPropertyNames()) {
            var expected = placeholders(placeholder, bundles.get(Language.KK).getProperty(key));
            for (var language : Language.values()) {
                var value = bundles.get(language).getProperty(key);
                assertThat(placeholders(placeholder, value)).as("placeholders of %s in %s", key, language)
                        .isEqualTo(expected);
                if (!expected.isEmpty()) {
                    new MessageFormat(value, language.locale());
                    assertThat(value).as("%s in %s: a lone apostrophe hides the text after it", key, language)
                            .doesNotContainPattern("(?<!')'(?!')");
                }
            }
        }
    }

    private static Set<String> placeholders(Pattern pattern, String value) {
        var found = new TreeSet<String>();
        var matcher = pattern.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        var keys = bundles().get(Language.KK).stringPropertyNames();
        var missing = new ArrayList<String>();
        for (var file : javaFiles()) {
            var text = Files.readString(file);
            var uses = KEY_USE.matcher(text);
            while (uses.find()) {
                if (!keys.contains(uses.group(1))) {
                    missing.add(file.getFileName() + ": " + uses.group(1));
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from the translations").isEmpty();
    }

    @Test
    void every_enum_shown_to_people_has_a_label() throws IOException {
        var keys = bundles().get(Language.KK).stringPropertyNames();
        for (var phase : kz.urpaq.competition.Phase.values()) {
            assertThat(keys).contains(phase.labelKey());
        }
        for (var role : kz.urpaq.security.Role.values()) {
            assertThat(keys).contains(role.labelKey());
        }
        for (var status : kz.urpaq.submission.ApplicationStatus.values()) {
            assertThat(keys).contains(status.labelKey());
        }
        for (var item : kz.urpaq.submission.MissingItem.values()) {
            assertThat(keys).contains(item.labelKey());
        }
        for (var reason : kz.urpaq.submission.ApplicationRefusedException.Reason.values()) {
            assertThat(keys).contains(reason.messageKey());
        }
        for (var phase : kz.urpaq.competition.Phase.values()) {
            assertThat(keys).contains(phase.consequenceKey());
        }
        for (var method : kz.urpaq.competition.ScoreMethod.values()) {
            assertThat(keys).contains(method.labelKey());
        }
        for (var policy : kz.urpaq.competition.GrantPolicy.values()) {
            assertThat(keys).contains(policy.labelKey());
        }
        for (var action : kz.urpaq.audit.AuditAction.values()) {
            assertThat(keys).contains(action.labelKey());
        }
        for (var reason : kz.urpaq.review.ScoreSheetRefusedException.Reason.values()) {
            assertThat(keys).contains(reason.messageKey());
        }
        for (var rule : kz.urpaq.results.RankedApplication.Rule.values()) {
            assertThat(keys).contains(rule.labelKey());
        }
        for (var reason : kz.urpaq.results.ResultsRefusedException.Reason.values()) {
            assertThat(keys).contains(reason.messageKey());
        }
        for (var state : java.util.List.of("done", "current", "pending", "failed")) {
            assertThat(keys).contains("status.state." + state);
        }
    }

    /**
     * Views and components may hold only keys, CSS class names, routes and similar machine
     * strings (a line marked {@code i18n-exempt} says why it is not translated). A literal with a capital letter followed by lower case, a space between words,
     * or any Cyrillic letter is text a person would read, and belongs in the translations.
     */
    @Test
    void views_hold_no_visible_text_literals() throws IOException {
        var visible = Pattern.compile("\\p{IsCyrillic}|[A-Za-z]+\\s+[A-Za-z]+|^[A-Z][a-z]{2,}");
        var offenders = new ArrayList<String>();
        for (var file : javaFiles()) {
            var path = file.toString().replace('\\', '/');
            if (!path.contains("/ui/") && !path.contains("/i18n/")) {
                continue;
            }
            var lines = Files.readAllLines(file);
            var inTextBlock = false;
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i).strip();
                if (line.contains("\"\"\"")) {
                    inTextBlock = !inTextBlock;
                    continue;
                }
                if (inTextBlock || line.contains("i18n-exempt") || line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")
                        || line.startsWith("@") || line.startsWith("import ") || line.startsWith("package ")) {
                    continue;
                }
                var literals = STRING_LITERAL.matcher(line);
                while (literals.find()) {
                    var literal = literals.group(1);
                    if (visible.matcher(literal).find()) {
                        offenders.add(file.getFileName() + ":" + (i + 1) + " \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(offenders).as("user-visible literals in views; use getTranslation(key)").isEmpty();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
