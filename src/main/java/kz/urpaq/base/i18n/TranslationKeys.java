package kz.urpaq.base.i18n;

import java.util.Locale;

/**
 * Translation keys named after enum constants: {@code NOT_A_PDF} under {@code attachment.rejected}
 * is {@code attachment.rejected.not-a-pdf}. One spelling for every enum that the UI names.
 */
public final class TranslationKeys {

    private TranslationKeys() {
    }

    /** The key {@code prefix.constant-name}. */
    public static String of(String prefix, Enum<?> value) {
        return prefix + "." + kebab(value);
    }

    /** The constant's name in lower case with hyphens: {@code PLACE_WINNERS} is {@code place-winners}. */
    public static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
