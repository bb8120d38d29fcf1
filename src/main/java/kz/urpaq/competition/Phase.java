package kz.urpaq.competition;

/** The lifecycle of a competition (SPEC §4). Moves happen only by an administrator's action. */
public enum Phase {
    DRAFT, OPEN, SCREENING, REVIEW, DELIBERATION, ANNOUNCED, ARCHIVED;

    /** Whether visitors may see the competition at all. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    /** What moving into this phase does, for the organiser's confirmation. */
    public String consequenceKey() {
        return "editor.phase.confirm." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public String labelKey() {
        return "phase." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
