package kz.urpaq.base.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Locale;

/** A text that organisers write in Kazakh, Russian and English (directions, criteria, titles). */
@Embeddable
public record LocalizedText(
        @Column(name = "kk") String kk,
        @Column(name = "ru") String ru,
        @Column(name = "en") String en) {

    public LocalizedText {
        if (kk == null || kk.isBlank() || ru == null || ru.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("a localized text needs Kazakh, Russian and English");
        }
    }

    /** The text in the given language; Kazakh for any language Urpaq does not speak. */
    public String in(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> ru;
            case "en" -> en;
            default -> kk;
        };
    }
}
