package kz.urpaq.security;

import kz.urpaq.base.domain.NoSuchRecordException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.Set;

/**
 * Which organisers' records the caller reaches (docs/domain.md §17). The room that owns a record
 * (a competition, an application, a score sheet…) asks here whether the caller administers or
 * judges for the record's organiser, and refuses as if the record did not exist when not, so an
 * administrator of one region learns nothing of another's. A system task (start-up work,
 * background jobs) reaches every organiser; the platform administrator, none.
 */
@Component
@Transactional(readOnly = true)
public class StaffScope {

    private final MembershipRepository memberships;
    private final CurrentUser currentUser;
    private final DefaultOrganiser defaultOrganiser;
    private final Clock clock;

    StaffScope(MembershipRepository memberships, CurrentUser currentUser, DefaultOrganiser defaultOrganiser,
               Clock clock) {
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.defaultOrganiser = defaultOrganiser;
        this.clock = clock;
    }

    /** The organisers the caller administers. */
    public OrganiserScope administered() {
        return scopeOf(Role.ADMIN);
    }

    /** The organisers the caller judges for. */
    public OrganiserScope judged() {
        return scopeOf(Role.JURY);
    }

    public boolean administers(long organiserId) {
        return administered().includes(organiserId);
    }

    /**
     * Refuses, as "not found" with the given message, a caller who does not administer the
     * organiser of the record asked for.
     */
    public void requireAdministrator(long organiserId, String notFoundKey) {
        if (!administers(organiserId)) {
            throw new NoSuchRecordException(notFoundKey);
        }
    }

    /** As {@link #requireAdministrator}, for a juror of the organiser. */
    public void requireJuror(long organiserId, String notFoundKey) {
        if (!judged().includes(organiserId)) {
            throw new NoSuchRecordException(notFoundKey);
        }
    }

    public boolean isPlatformAdministrator() {
        return currentUser.hasRole(Role.PLATFORM) && currentUser.get().isPresent();
    }

    /**
     * The organiser what the caller creates belongs to (a competition, an invited juror): the one
     * they administer; the default organiser for a system task.
     *
     * @throws NoSuchRecordException when the caller administers no organiser
     * @throws IllegalStateException when they administer several: the caller must say which
     */
    public long workingOrganiser() {
        var scope = administered();
        if (scope.everyOrganiser()) {
            return defaultOrganiser.id();
        }
        if (scope.ids().isEmpty()) {
            throw new NoSuchRecordException("organiser.refused.not-found");
        }
        if (scope.ids().size() > 1) {
            throw new IllegalStateException("the caller administers several organisers: name one");
        }
        return scope.ids().iterator().next();
    }

    public long defaultOrganiserId() {
        return defaultOrganiser.id();
    }

    /** Whether the account is known to an organiser the caller administers (staff, or applied there). */
    public boolean reaches(long accountId) {
        var scope = administered();
        return scope.everyOrganiser() || !scope.ids().isEmpty() && memberships.belongsToAny(accountId, scope.ids());
    }

    /** Which of the accounts are known to an organiser the caller administers, in one query. */
    public Set<Long> reachable(Collection<Long> accountIds) {
        var scope = administered();
        if (scope.everyOrganiser()) {
            return Set.copyOf(accountIds);
        }
        return scope.ids().isEmpty() || accountIds.isEmpty() ? Set.of()
                : memberships.belongingToAny(Set.copyOf(accountIds), scope.ids());
    }

    /** The accounts holding the role in an organiser the caller administers (its jurors, its administrators). */
    public Set<Long> members(long organiserId, Role role) {
        requireAdministrator(organiserId, "organiser.refused.not-found");
        return memberships.members(organiserId, role);
    }

    /**
     * How many people the organiser knew as applicants before the instant (they had started one of
     * its rounds or were registered by its administrators): the top of a competition's funnel.
     */
    public long applicantsKnownBefore(long organiserId, java.time.Instant until) {
        requireAdministrator(organiserId, "organiser.refused.not-found");
        return memberships.countMembersBefore(organiserId, Role.APPLICANT, until);
    }

    /** Whether the account holds the role in the organiser (a juror put on one of its panels). */
    public boolean isMember(long organiserId, long accountId, Role role) {
        return memberships.existsByOrganiserIdAndAccountIdAndRole(organiserId, accountId, role);
    }

    /**
     * The signed-in applicant becomes known to the organiser of a round they start an application
     * to, so that its administrators may find their account; nothing else is shared.
     */
    @Transactional
    public void joinAsApplicant(long organiserId) {
        var principal = currentUser.require();
        grant(organiserId, principal.accountId(), Role.APPLICANT);
    }

    @Transactional
    void grant(long organiserId, long accountId, Role role) {
        if (!memberships.existsByOrganiserIdAndAccountIdAndRole(organiserId, accountId, role)) {
            memberships.save(new Membership(organiserId, accountId, role, clock.instant()));
        }
    }

    @Transactional
    void revoke(long organiserId, long accountId, Role role) {
        memberships.deleteByOrganiserIdAndAccountIdAndRole(organiserId, accountId, role);
    }

    /** The staff roles an account holds anywhere: what its account roles must say. */
    Set<Role> staffRolesAnywhere(long accountId) {
        var roles = java.util.EnumSet.noneOf(Role.class);
        memberships.findByAccountId(accountId).stream().map(Membership::role)
                .filter(role -> role == Role.ADMIN || role == Role.JURY).forEach(roles::add);
        return roles;
    }

    /** The organisers in which the account holds any place. */
    Set<Long> organisersOf(long accountId) {
        return memberships.findByAccountId(accountId).stream().map(Membership::organiserId)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private OrganiserScope scopeOf(Role role) {
        if (SystemTask.isSystem(SecurityContextHolder.getContext().getAuthentication())) {
            return OrganiserScope.EVERY;
        }
        if (!currentUser.hasRole(role)) {
            return OrganiserScope.NONE;
        }
        return currentUser.get()
                .map(principal -> new OrganiserScope(false, memberships.organisersOf(principal.accountId(), role)))
                .orElse(OrganiserScope.NONE);
    }
}
