package kz.urpaq.security;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

    Optional<AccountToken> findByTokenHash(String tokenHash);

    List<AccountToken> findByAccountIdAndPurposeAndUsedAtIsNull(long accountId, AccountToken.Purpose purpose);

    Optional<AccountToken> findFirstByAccountIdAndPurposeOrderByCreatedAtDesc(long accountId,
                                                                              AccountToken.Purpose purpose);
}
