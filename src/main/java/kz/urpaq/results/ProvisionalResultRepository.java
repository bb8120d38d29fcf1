package kz.urpaq.results;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface ProvisionalResultRepository extends JpaRepository<ProvisionalResult, Long> {

    Optional<ProvisionalResult> findByApplicationId(long applicationId);

    @Modifying
    @Query("delete from ProvisionalResult p where p.competitionId = :competitionId")
    void deleteByCompetition(long competitionId);
}
