package kz.urpaq.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ReviewConflictRepository extends JpaRepository<ReviewConflict, Long> {

    List<ReviewConflict> findByCompetitionId(long competitionId);

    Optional<ReviewConflict> findByApplicationIdAndJurorId(long applicationId, long jurorId);
}
