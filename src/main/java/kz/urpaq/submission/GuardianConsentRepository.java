package kz.urpaq.submission;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface GuardianConsentRepository extends JpaRepository<GuardianConsent, Long> {

    Optional<GuardianConsent> findByApplicationId(long applicationId);

    Optional<GuardianConsent> findByTokenHash(String tokenHash);

    List<GuardianConsent> findByApplicantIdOrderByIdAsc(long applicantId);
}
