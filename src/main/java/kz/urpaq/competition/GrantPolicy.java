package kz.urpaq.competition;

import kz.urpaq.base.i18n.TranslationKeys;

/** Who receives the grants (domain.md §7). */
public enum GrantPolicy {
    /** Every place winner receives a grant: 5 directions × 3 places = 15. */
    PLACE_WINNERS,
    /** The best N projects across all directions. */
    OVERALL_TOP,
    /** A quota per direction. */
    PER_DIRECTION;

    public String labelKey() {
        return TranslationKeys.of("grant-policy", this);
    }
}
