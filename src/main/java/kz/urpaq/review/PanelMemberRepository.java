package kz.urpaq.review;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface PanelMemberRepository extends JpaRepository<PanelMember, Long> {

    List<PanelMember> findByCompetitionIdOrderByDirectionIdAscIdAsc(long competitionId);

    Optional<PanelMember> findByDirectionIdAndJurorId(long directionId, long jurorId);

    /**
     * Locks the competition's panels for the transaction: assignment runs, manual additions and
     * panel changes of one competition happen one at a time, so caps hold under concurrent clicks.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from PanelMember m where m.competitionId = :competitionId order by m.id")
    List<PanelMember> lockCompetition(long competitionId);
}
