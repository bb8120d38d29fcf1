package kz.urpaq.competition;

import java.util.Optional;

/**
 * A feature's say on a phase move, e.g. submission refuses REVIEW while applications wait for
 * screening. Lets the competition package ask without depending on the features.
 */
public interface PhaseGuard {

    /** Why the competition cannot move from {@code from} to {@code to} now, or empty if it can. */
    Optional<Refusal> refusal(CompetitionOverview competition, Phase to);

    /** A reason as a translation key and its arguments. */
    record Refusal(String messageKey, Object... arguments) {
    }
}
