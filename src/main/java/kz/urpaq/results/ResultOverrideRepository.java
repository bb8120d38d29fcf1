package kz.urpaq.results;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ResultOverrideRepository extends JpaRepository<ResultOverride, Long> {

    List<ResultOverride> findByCompetitionIdOrderByIdAsc(long competitionId);
}
