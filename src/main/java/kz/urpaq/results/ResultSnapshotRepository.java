package kz.urpaq.results;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ResultSnapshotRepository extends JpaRepository<ResultSnapshot, Long> {

    Optional<ResultSnapshot> findByCompetitionId(long competitionId);
}
