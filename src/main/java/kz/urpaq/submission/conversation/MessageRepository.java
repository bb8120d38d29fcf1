package kz.urpaq.submission.conversation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface MessageRepository extends JpaRepository<Message, Long> {

    List<Message> findByApplicationIdOrderByIdAsc(long applicationId);

    List<Message> findByCompetitionIdOrderByIdAsc(long competitionId);

    List<Message> findByAuthorIdOrderByIdAsc(long authorId);

    @Query("select m from Message m where m.applicationId in :applicationIds order by m.id")
    List<Message> findByApplicationIds(java.util.Collection<Long> applicationIds);
}
