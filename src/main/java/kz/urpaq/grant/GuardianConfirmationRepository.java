package kz.urpaq.grant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface GuardianConfirmationRepository extends JpaRepository<GuardianConfirmation, Long> {

    Optional<GuardianConfirmation> findByGrantId(long grantId);

    Optional<GuardianConfirmation> findByTokenHash(String tokenHash);
}
