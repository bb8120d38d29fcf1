package kz.urpaq.competition;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CompetitionRepository extends JpaRepository<Competition, Long> {

    Optional<Competition> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select c from Competition c where c.phase <> kz.urpaq.competition.Phase.DRAFT order by c.submissionDeadline desc")
    List<Competition> findPublicNewestFirst();

    @Query("select c from Competition c order by c.year desc, c.submissionDeadline desc")
    List<Competition> findAllNewestFirst();
}
