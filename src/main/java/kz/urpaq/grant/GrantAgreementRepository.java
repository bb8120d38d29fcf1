package kz.urpaq.grant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface GrantAgreementRepository extends JpaRepository<GrantAgreement, Long> {

    Optional<GrantAgreement> findByGrantId(long grantId);
}
