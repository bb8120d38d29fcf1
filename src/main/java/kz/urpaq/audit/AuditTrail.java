package kz.urpaq.audit;

import kz.urpaq.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Writes audit records. Services call it inside their own transaction, so a change and its
 * record commit together or not at all.
 */
@Component
public class AuditTrail {

    private final AuditRecordRepository records;
    private final CurrentUser currentUser;
    private final CompetitionOrganisers competitionOrganisers;
    private final Clock clock;

    AuditTrail(AuditRecordRepository records, CurrentUser currentUser, CompetitionOrganisers competitionOrganisers,
               Clock clock) {
        this.records = records;
        this.currentUser = currentUser;
        this.competitionOrganisers = competitionOrganisers;
        this.clock = clock;
    }

    /**
     * A change to one subject, e.g. {@code ("application", 42)}, with its state before and after;
     * in the trail of the competition's organiser, or the platform's when there is no competition.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String subjectType, @Nullable Long subjectId, @Nullable Long competitionId,
                       @Nullable String before, @Nullable String after, @Nullable String details) {
        save(competitionId == null ? null : competitionOrganisers.organiserOf(competitionId), action, subjectType,
                subjectId, competitionId, before, after, details);
    }

    /** A change that belongs to an organiser but to none of its competitions (its staff, its settings). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordIn(@Nullable Long organiserId, AuditAction action, String subjectType, @Nullable Long subjectId,
                         @Nullable String before, @Nullable String after, @Nullable String details) {
        save(organiserId, action, subjectType, subjectId, null, before, after, details);
    }

    private void save(@Nullable Long organiserId, AuditAction action, String subjectType, @Nullable Long subjectId,
                      @Nullable Long competitionId, @Nullable String before, @Nullable String after,
                      @Nullable String details) {
        var principal = currentUser.get();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var actor = principal.map(p -> p.email())
                .orElse(authentication == null ? "anonymous" : authentication.getName());
        records.save(new AuditRecord(clock.instant(), principal.map(p -> p.accountId()).orElse(null), actor, action,
                subjectType, subjectId, competitionId, before, after, details).inOrganiser(organiserId));
    }

    /**
     * Something done before anyone is signed in, by whom it names: the person signing in, or
     * following a reset link, acts as the account; a stranger typing a password is "anonymous".
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBy(@Nullable Long actorId, String actor, AuditAction action, String subjectType,
                         @Nullable Long subjectId, @Nullable String details) {
        records.save(new AuditRecord(clock.instant(), actorId, actor, action, subjectType, subjectId, null, null,
                null, details));
    }
}
