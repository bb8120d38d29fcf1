package kz.urpaq.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByAssignmentId(long assignmentId);

    List<ScoreSheet> findByApplicationIdOrderByIdAsc(long applicationId);

    /** The submitted sheets' comments to the applicant that are not empty: application, juror, text. */
    @Query("select s.applicationId, s.jurorId, s.commentToApplicant from ScoreSheet s "
            + "where s.competitionId = :competitionId and s.submittedAt is not null and s.commentToApplicant <> '' "
            + "order by s.applicationId, s.jurorId, s.id")
    List<Object[]> submittedCommentsToApplicants(long competitionId);
}
