package kz.urpaq.grant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface GrantRepository extends JpaRepository<Grant, Long> {

    List<Grant> findByCompetitionIdOrderByIdAsc(long competitionId);

    List<Grant> findByRecipientAccountIdOrderByIdAsc(long recipientAccountId);

    List<Grant> findByStateOrderByIdAsc(GrantState state);

    Optional<Grant> findByApplicationId(long applicationId);

    boolean existsByCompetitionId(long competitionId);

    List<Grant> findByCompetitionIdAndStateIn(long competitionId, Collection<GrantState> states);
}
