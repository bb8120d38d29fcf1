package kz.urpaq.review;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ScoreSheetRepository extends JpaRepository<ScoreSheet, Long> {

    Optional<ScoreSheet> findByAssignmentId(long assignmentId);

    List<ScoreSheet> findByApplicationIdOrderByIdAsc(long applicationId);

    List<ScoreSheet> findByCompetitionIdAndSubmittedAtIsNotNull(long competitionId);
}
