package kz.urpaq.competition;

/** Which application score ranks (SPEC §7); all three are always shown to administrators. */
public enum ScoreMethod {
    MEAN, TRIMMED_MEAN, NORMALISED;

    public String labelKey() {
        return "score-method." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
