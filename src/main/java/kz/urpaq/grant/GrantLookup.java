package kz.urpaq.grant;

import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Grants as the reports room reads them (docs/decisions/032-grants.md): the signed-in recipient's
 * own grant, a grant of a competition the caller administers, and the active grants whose reports
 * fall due in a window (for the reminders). A grant of someone else, or of another organiser,
 * is answered exactly as one that does not exist: empty.
 */
@Component
@Transactional(readOnly = true)
public class GrantLookup {

    private final GrantRepository grants;
    private final GrantTermsRepository terms;
    private final CompetitionAccess access;
    private final CurrentUser currentUser;

    GrantLookup(GrantRepository grants, GrantTermsRepository terms, CompetitionAccess access, CurrentUser currentUser) {
        this.grants = grants;
        this.terms = terms;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The grant, when it is the signed-in person's own. */
    public Optional<GrantSummary> recipientsGrant(long grantId) {
        var me = currentUser.get().map(p -> p.accountId());
        return grants.findById(grantId)
                .filter(grant -> me.isPresent() && grant.getRecipientAccountId() == me.get())
                .map(this::summary);
    }

    /** The grant, when the signed-in person administers its competition. */
    public Optional<GrantSummary> administeredGrant(long grantId) {
        return grants.findById(grantId)
                .filter(grant -> access.administers(grant.getCompetitionId()))
                .map(this::summary);
    }

    /** The signed-in recipient's own grants, oldest first. */
    public List<GrantSummary> recipientsGrants() {
        return currentUser.get()
                .map(p -> grants.findByRecipientAccountIdOrderByIdAsc(p.accountId()).stream().map(this::summary).toList())
                .orElse(List.of());
    }

    /**
     * The ACTIVE grants whose interim or final report falls due between the two days (both included),
     * of every organiser: for the reminders, which run as a system task.
     */
    public List<GrantSummary> activeGrantsDueBetween(LocalDate from, LocalDate to) {
        return grants.findByStateOrderByIdAsc(GrantState.ACTIVE).stream().map(this::summary)
                .filter(s -> within(s.interimReportDue(), from, to) || within(s.finalReportDue(), from, to))
                .toList();
    }

    private static boolean within(@org.jspecify.annotations.Nullable LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    GrantSummary summary(Grant grant) {
        var t = terms.findByCompetitionId(grant.getCompetitionId());
        return new GrantSummary(grant.id(), grant.getCompetitionId(), grant.getApplicationId(),
                grant.getRecipientAccountId(), grant.getState(), grant.getAmount(), grant.getProjectTitle(),
                t.map(GrantTerms::getInterimReportDue).orElse(null), t.map(GrantTerms::getFinalReportDue).orElse(null));
    }
}
