package kz.urpaq.results;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ResultSnapshotRepository extends JpaRepository<ResultSnapshot, Long> {

    /** The current snapshot: the newest one not superseded by a re-finalisation after an upheld appeal. */
    Optional<ResultSnapshot> findFirstByCompetitionIdAndSupersededAtIsNullOrderByIdDesc(long competitionId);

    default Optional<ResultSnapshot> findByCompetitionId(long competitionId) {
        return findFirstByCompetitionIdAndSupersededAtIsNullOrderByIdDesc(competitionId);
    }

    /** Every snapshot the competition had, the first finalisation first. */
    java.util.List<ResultSnapshot> findByCompetitionIdOrderByIdAsc(long competitionId);
}
