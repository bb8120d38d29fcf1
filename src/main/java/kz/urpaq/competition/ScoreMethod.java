package kz.urpaq.competition;

import kz.urpaq.base.i18n.TranslationKeys;

/** Which application score ranks (domain.md §7); all three are always shown to administrators. */
public enum ScoreMethod {
    MEAN, TRIMMED_MEAN, NORMALISED;

    public String labelKey() {
        return TranslationKeys.of("score-method", this);
    }
}
