package kz.urpaq.submission;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

    List<Application> findByApplicantIdOrderByCreatedAtDesc(long applicantId);

    List<Application> findByApplicantIdAndCompetitionId(long applicantId, long competitionId);

    /** Locks the row for the length of the transaction: one submission at a time per application. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.id = :id")
    Optional<Application> findForUpdate(long id);

    long countByCompetitionIdAndStatus(long competitionId, ApplicationStatus status);

    long countByCompetitionId(long competitionId);

    List<Application> findByCompetitionIdAndStatus(long competitionId, ApplicationStatus status);

    @Query(value = "select nextval('application_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();
}
