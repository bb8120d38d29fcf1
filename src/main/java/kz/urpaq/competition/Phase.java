package kz.urpaq.competition;

import kz.urpaq.base.i18n.TranslationKeys;

import java.util.Optional;

/** The lifecycle of a competition (domain.md §4). Moves happen only by an administrator's action. */
public enum Phase {
    DRAFT, OPEN, SCREENING, REVIEW, DELIBERATION,
    /** Provisional results: applicants see their own and may appeal within the window (domain.md §13). */
    PRELIMINARY,
    ANNOUNCED, ARCHIVED;

    /** Whether visitors may see the competition at all. */
    public boolean isPublic() {
        return this != DRAFT;
    }

    /**
     * Whether the settings that decide results (reviewers per application, score method, variance
     * threshold, criteria and their weights, tie-breaks) are fixed: from REVIEW on, since jurors
     * score by them.
     */
    public boolean settingsLocked() {
        return compareTo(REVIEW) >= 0;
    }

    /** Whether submissions are closed and screening has begun: from SCREENING on. */
    public boolean submissionsClosed() {
        return compareTo(SCREENING) >= 0;
    }

    /** Whether scores and screening decisions can no longer change: from DELIBERATION on. */
    public boolean scoresFrozen() {
        return compareTo(DELIBERATION) >= 0;
    }

    /** Whether the results are public: ANNOUNCED and ARCHIVED. */
    public boolean resultsPublic() {
        return compareTo(ANNOUNCED) >= 0;
    }

    /** Whether a competition in this phase has yet to reach {@code other}. */
    public boolean isBefore(Phase other) {
        return compareTo(other) < 0;
    }

    /** The phase an administrator may move to from this one; none after ARCHIVED. */
    public Optional<Phase> next() {
        return this == ARCHIVED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /**
     * The phase after this one for a competition with appeals on or off: without appeals a
     * competition goes from DELIBERATION straight to ANNOUNCED (domain.md §13).
     */
    public Optional<Phase> next(boolean appeals) {
        return this == DELIBERATION && !appeals ? Optional.of(ANNOUNCED) : next();
    }

    /** What moving into this phase does, for the organiser's confirmation. */
    public String consequenceKey() {
        return TranslationKeys.of("editor.phase.confirm", this);
    }

    public String labelKey() {
        return TranslationKeys.of("phase", this);
    }
}
