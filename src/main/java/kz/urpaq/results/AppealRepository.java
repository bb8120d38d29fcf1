package kz.urpaq.results;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AppealRepository extends JpaRepository<Appeal, Long> {

    Optional<Appeal> findByApplicationId(long applicationId);

    List<Appeal> findByCompetitionIdOrderByIdAsc(long competitionId);

    List<Appeal> findByApplicantIdOrderByIdAsc(long applicantId);

    long countByCompetitionId(long competitionId);

    long countByCompetitionIdAndOutcome(long competitionId, Appeal.Outcome outcome);

    long countByCompetitionIdAndOutcomeIsNull(long competitionId);
}
