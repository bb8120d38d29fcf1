package kz.urpaq.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Set;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query("select m.organiserId from Membership m where m.accountId = :accountId and m.role = :role")
    Set<Long> organisersOf(long accountId, Role role);

    List<Membership> findByAccountId(long accountId);

    boolean existsByOrganiserIdAndAccountIdAndRole(long organiserId, long accountId, Role role);

    void deleteByOrganiserIdAndAccountIdAndRole(long organiserId, long accountId, Role role);

    @Query("select count(m) > 0 from Membership m where m.accountId = :accountId and m.organiserId in :organisers")
    boolean belongsToAny(long accountId, Collection<Long> organisers);

    @Query("select distinct m.accountId from Membership m where m.accountId in :accounts and m.organiserId in :organisers")
    Set<Long> belongingToAny(Collection<Long> accounts, Collection<Long> organisers);

    @Query("select distinct m.accountId from Membership m where m.organiserId = :organiserId and m.role = :role")
    Set<Long> members(long organiserId, Role role);

    @Query("select count(distinct m.accountId) from Membership m where m.organiserId = :organiserId and m.role = :role "
            + "and m.createdAt < :until")
    long countMembersBefore(long organiserId, Role role, java.time.Instant until);
}
