package kz.urpaq.security;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface PrivacyAcceptanceRepository extends JpaRepository<PrivacyAcceptance, Long> {

    @Query("select coalesce(max(p.noticeVersion), 0) from PrivacyAcceptance p where p.accountId = :accountId")
    int newestVersion(long accountId);

    boolean existsByAccountIdAndNoticeVersion(long accountId, int noticeVersion);

    List<PrivacyAcceptance> findByAccountIdOrderByAcceptedAtAsc(long accountId);
}
