package kz.urpaq.competition;

import kz.urpaq.base.domain.LocalizedText;

import java.util.List;

/**
 * The rules an announced ranking was made by, as the public results page states them: how the
 * jurors' scores were combined and which criteria break ties, in order. Public together with the
 * results (domain.md §7), so anyone may read them once a competition is announced.
 */
public record PublishedRules(ScoreMethod scoreMethod, List<LocalizedText> tieBreakCriteria) {
}
