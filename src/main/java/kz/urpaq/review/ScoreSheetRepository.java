package kz.urpaq.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByAssignmentId(long assignmentId);

    List<ScoreSheet> findByApplicationIdOrderByIdAsc(long applicationId);

    /**
     * The competition's submitted scores in one query, one row per sheet and criterion (a sheet
     * without entries gives one row of nulls): sheet id, application, juror, criterion id, score.
     * Loading the sheets as entities instead fetched each sheet's entries with a query of its own.
     */
    @Query("select s.id, s.applicationId, s.jurorId, e.criterionId, e.score, s.submittedAt from ScoreSheet s "
            + "left join s.entries e "
            + "where s.competitionId = :competitionId and s.submittedAt is not null "
            + "order by s.applicationId, s.jurorId, s.id")
    List<Object[]> submittedScoreRows(long competitionId);

    /** The submitted sheets' comments to the applicant that are not empty: application, juror, text. */
    @Query("select s.applicationId, s.jurorId, s.commentToApplicant from ScoreSheet s "
            + "where s.competitionId = :competitionId and s.submittedAt is not null and s.commentToApplicant <> '' "
            + "order by s.applicationId, s.jurorId, s.id")
    List<Object[]> submittedCommentsToApplicants(long competitionId);
}
