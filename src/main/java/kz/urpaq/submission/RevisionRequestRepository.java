package kz.urpaq.submission;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface RevisionRequestRepository extends JpaRepository<RevisionRequest, Long> {

    List<RevisionRequest> findByApplicationIdOrderByIdAsc(long applicationId);

    Optional<RevisionRequest> findFirstByApplicationIdAndOutcomeIsNullOrderByIdDesc(long applicationId);
}
