package kz.urpaq.competition;

/**
 * Published inside the transaction that moves a competition to another phase, so that a feature
 * can do its part of the move (e.g. publishing the results on ANNOUNCED) or refuse it by failing.
 */
public record PhaseChanged(long competitionId, Phase from, Phase to) {
}
