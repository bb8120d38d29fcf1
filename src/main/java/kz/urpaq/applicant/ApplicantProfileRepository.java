package kz.urpaq.applicant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ApplicantProfileRepository extends JpaRepository<ApplicantProfile, Long> {

    Optional<ApplicantProfile> findByAccountId(long accountId);

    java.util.List<ApplicantProfile> findAllByAccountIdIn(java.util.Collection<Long> accountIds);

    boolean existsByClaimedIin(String iin);
}
