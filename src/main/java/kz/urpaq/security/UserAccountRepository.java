package kz.urpaq.security;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select count(a) > 0 from UserAccount a join a.roles r where r = kz.urpaq.security.Role.ADMIN")
    boolean existsAdministrator();

    @Query("""
            select a from UserAccount a
            where lower(a.email) like lower(concat('%', :text, '%'))
               or lower(a.displayName) like lower(concat('%', :text, '%'))
            order by a.displayName, a.id""")
    Slice<UserAccount> search(String text, Pageable pageable);

    @Query("""
            select a from UserAccount a join a.roles r
            where r = :role
              and (lower(a.email) like lower(concat('%', :text, '%'))
                   or lower(a.displayName) like lower(concat('%', :text, '%')))
            order by a.displayName, a.id""")
    Slice<UserAccount> searchWithRole(String text, Role role, Pageable pageable);

    @Query("""
            select a from UserAccount a
            where exists (select m from Membership m where m.accountId = a.id and m.organiserId in :organisers)
              and (lower(a.email) like lower(concat('%', :text, '%'))
                   or lower(a.displayName) like lower(concat('%', :text, '%')))
            order by a.displayName, a.id""")
    Slice<UserAccount> searchIn(java.util.Collection<Long> organisers, String text, Pageable pageable);

    /** Staff roles are those held in the organisers; APPLICANT is the person's own. */
    @Query("""
            select a from UserAccount a
            where exists (select m from Membership m where m.accountId = a.id and m.organiserId in :organisers
                          and (m.role = :role or :role = kz.urpaq.security.Role.APPLICANT))
              and (:role <> kz.urpaq.security.Role.APPLICANT or :role member of a.roles)
              and (lower(a.email) like lower(concat('%', :text, '%'))
                   or lower(a.displayName) like lower(concat('%', :text, '%')))
            order by a.displayName, a.id""")
    Slice<UserAccount> searchInWithRole(java.util.Collection<Long> organisers, String text, Role role, Pageable pageable);

    /** The enabled administrators, locked until the transaction ends: two of them cannot demote each other at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a join a.roles r where r = kz.urpaq.security.Role.ADMIN and a.enabled = true")
    List<UserAccount> lockEnabledAdministrators();

    @Query("select a from UserAccount a join a.roles r where r = :role order by a.displayName, a.id")
    List<UserAccount> findByRole(Role role);
}
