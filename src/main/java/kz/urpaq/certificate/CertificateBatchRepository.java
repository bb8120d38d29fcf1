package kz.urpaq.certificate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface CertificateBatchRepository extends JpaRepository<CertificateBatch, Long> {

    Optional<CertificateBatch> findFirstByCompetitionIdOrderByIdDesc(long competitionId);

    Optional<CertificateBatch> findByRunningCompetitionId(long competitionId);

    /**
     * Locks one running batch whose lease has run out (its instance stopped), skipping any that
     * another instance is taking over at this moment: the caller claims it before its transaction ends.
     */
    @Query(value = """
            select id from certificate_batch
            where state = 'RUNNING' and lease_until <= :now
            order by lease_until, id
            limit 1
            for update skip locked""", nativeQuery = true)
    List<Long> lockAbandoned(@Param("now") Instant now);

    /** Locks the batch for one step of its worker, so that the step sees whether its claim still holds. */
    @Query(value = "select id from certificate_batch where id = :id for update", nativeQuery = true)
    List<Long> lock(@Param("id") long id);

    /** How far the running batches are, summed: certificates planned, worked through, failed. */
    @Query("select count(b), coalesce(sum(b.total), 0), coalesce(sum(b.done), 0), coalesce(sum(b.failed), 0) "
            + "from CertificateBatch b where b.state = kz.urpaq.certificate.BatchState.RUNNING")
    List<Object[]> runningProgress();
}
