package kz.urpaq.base.i18n;

import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The languages Urpaq speaks; Kazakh is the default (domain.md §9). */
public enum Language {
    // i18n-exempt: each language is named in itself, whatever the page's language
    KK("kk", "Қазақша"), // i18n-exempt
    RU("ru", "Русский"), // i18n-exempt
    EN("en", "English"); // i18n-exempt

    public static final Language DEFAULT = KK;

    private final String code;
    private final String nativeName;

    Language(String code, String nativeName) {
        this.code = code;
        this.nativeName = nativeName;
    }

    public String code() {
        return code;
    }

    /** The language's name in itself, as a language menu shows it. */
    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.of(code);
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    /** The language of a code or locale tag such as {@code ru} or {@code ru-RU}; Kazakh when unknown. */
    public static Language of(@Nullable String code) {
        if (code != null) {
            var normalized = code.trim().toLowerCase(Locale.ROOT);
            for (var language : values()) {
                if (normalized.equals(language.code) || normalized.startsWith(language.code + "-")
                        || normalized.startsWith(language.code + "_")) {
                    return language;
                }
            }
        }
        return DEFAULT;
    }

    public static Language of(@Nullable Locale locale) {
        return of(locale == null ? null : locale.getLanguage());
    }
}
