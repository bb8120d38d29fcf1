package kz.urpaq.certificate;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCodeSha256(String codeSha256);

    List<Certificate> findByCompetitionIdOrderByKindAscSerialNumberAsc(long competitionId);

    List<Certificate> findByHolderAccountIdOrderByIssuedAtDescSerialAsc(long holderAccountId);

    @Query("select c.kind, c.subjectId from Certificate c where c.competitionId = :competitionId")
    List<Object[]> subjects(long competitionId);

    boolean existsByCompetitionIdAndKindAndSubjectId(long competitionId, CertificateKind kind, long subjectId);

    boolean existsByCompetitionIdAndKindAndValidSubjectId(long competitionId, CertificateKind kind, long subjectId);

    @Query("select coalesce(max(c.serialNumber), 0) from Certificate c where c.competitionId = :competitionId "
            + "and c.kind = :kind")
    int lastSerialNumber(long competitionId, CertificateKind kind);
}
