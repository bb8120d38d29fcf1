package kz.urpaq.grant;

import kz.urpaq.competition.CompetitionService;
import kz.urpaq.results.ResultsAnnounced;
import kz.urpaq.security.SystemTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What other rooms tell the grants: the announcement offers each grant recipient a grant, inside the
 * announcement's own transaction (a failure undoes the announcement, so no recipient is left
 * without a grant unnoticed); an accepted report moves the tranches and the grant on.
 */
@Component
class GrantEvents {

    private final GrantService grants;
    private final CompetitionService competitions;

    GrantEvents(GrantService grants, CompetitionService competitions) {
        this.grants = grants;
        this.competitions = competitions;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void onAnnounced(ResultsAnnounced event) {
        SystemTask.run(() -> grants.offerAll(competitions.findById(event.competitionId()).orElseThrow()));
    }

    @EventListener
    void onReportAccepted(GrantReportAccepted event) {
        grants.reportAccepted(event);
    }
}
