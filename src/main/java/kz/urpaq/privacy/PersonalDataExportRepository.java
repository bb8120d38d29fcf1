package kz.urpaq.privacy;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

interface PersonalDataExportRepository extends JpaRepository<PersonalDataExport, Long> {

    /** Locks up to {@code limit} pending requests, skipping those another instance is building. */
    @Query(value = """
            select id from personal_data_export
            where state = 'PENDING'
            order by requested_at, id
            limit :limit
            for update skip locked""", nativeQuery = true)
    List<Long> lockPending(@Param("limit") int limit);

    Optional<PersonalDataExport> findFirstByAccountIdOrderByIdDesc(long accountId);

    Optional<PersonalDataExport> findByTokenHash(String tokenHash);

    List<PersonalDataExport> findByStateAndExpiresAtLessThanEqual(ExportState state, Instant now);
}
