package kz.urpaq.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ReviewAssignmentRepository extends JpaRepository<ReviewAssignment, Long> {

    List<ReviewAssignment> findByCompetitionIdOrderByIdAsc(long competitionId);

    List<ReviewAssignment> findByCompetitionIdAndJurorIdOrderByIdAsc(long competitionId, long jurorId);

    List<ReviewAssignment> findByApplicationIdOrderByIdAsc(long applicationId);

    List<ReviewAssignment> findByJurorIdOrderByIdAsc(long jurorId);

    Optional<ReviewAssignment> findByApplicationIdAndJurorId(long applicationId, long jurorId);

    @Query("""
            select count(a) from ReviewAssignment a
            where a.directionId = :directionId and a.jurorId = :jurorId
              and a.state <> kz.urpaq.review.AssignmentState.DECLINED""")
    int countActive(long directionId, long jurorId);
}
