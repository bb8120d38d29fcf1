package kz.urpaq.results;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface AnnouncedResultRepository extends JpaRepository<AnnouncedResult, Long> {

    List<AnnouncedResult> findByCompetitionIdOrderByDirectionIdAscPositionAsc(long competitionId);

    Optional<AnnouncedResult> findByApplicationId(long applicationId);

    boolean existsByCompetitionId(long competitionId);

    @org.springframework.data.jpa.repository.Query("select count(r) from AnnouncedResult r "
            + "where r.competitionId = :competitionId and (r.place is not null or r.grantAwarded = true)")
    long countAwarded(long competitionId);
}
