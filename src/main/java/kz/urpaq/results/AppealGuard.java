package kz.urpaq.results;

import kz.urpaq.base.domain.Almaty;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.Phase;
import kz.urpaq.competition.PhaseGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * A competition with appeals is announced only once its appeal window has closed (by the server's
 * clock) and every appeal has been decided (domain.md §13).
 */
@Component
class AppealGuard implements PhaseGuard {

    private final AppealRepository appeals;
    private final Clock clock;

    AppealGuard(AppealRepository appeals, Clock clock) {
        this.appeals = appeals;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Refusal> refusal(CompetitionOverview competition, Phase to) {
        if (to != Phase.ANNOUNCED || competition.phase() != Phase.PRELIMINARY) {
            return Optional.empty();
        }
        var open = appeals.countByCompetitionIdAndOutcomeIsNull(competition.id());
        if (open > 0) {
            return Optional.of(new Refusal("results.refused.appeals-open", open));
        }
        var closes = competition.appealsCloseAt();
        if (closes != null && clock.instant().isBefore(closes)) {
            return Optional.of(new Refusal("results.refused.appeal-window", Almaty.dateTime(closes)));
        }
        return Optional.empty();
    }
}
