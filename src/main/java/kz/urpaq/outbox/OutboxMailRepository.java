package kz.urpaq.outbox;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long>, JpaSpecificationExecutor<OutboxMail> {

    /**
     * Locks up to {@code limit} mails that are due, skipping those another instance holds: the
     * caller leases them before its transaction ends, so each is sent by one instance.
     */
    @Query(value = """
            select id from outbox_mail
            where state = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at, id
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<Long> lockDue(@Param("now") Instant now, @Param("limit") int limit);

    /** Locks those of the given mails that are waiting, skipping any another instance holds. */
    @Query(value = """
            select id from outbox_mail
            where id in (:ids) and state = 'PENDING' and next_attempt_at <= :now
            order by id
            for update skip locked""", nativeQuery = true)
    List<Long> lockWaiting(@Param("ids") Collection<Long> ids, @Param("now") Instant now);

    List<OutboxMail> findByStateOrderByIdAsc(MailState state);

    long countByState(MailState state);

    long countByStateAndNextAttemptAtBefore(MailState state, Instant before);
}
