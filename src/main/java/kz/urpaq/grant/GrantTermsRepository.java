package kz.urpaq.grant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface GrantTermsRepository extends JpaRepository<GrantTerms, Long> {

    Optional<GrantTerms> findByCompetitionId(long competitionId);
}
