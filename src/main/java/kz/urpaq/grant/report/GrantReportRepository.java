package kz.urpaq.grant.report;

import kz.urpaq.grant.ReportKind;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface GrantReportRepository extends JpaRepository<GrantReport, Long> {

    Optional<GrantReport> findByGrantIdAndKind(long grantId, ReportKind kind);

    List<GrantReport> findByGrantIdIn(Collection<Long> grantIds);

    List<GrantReport> findByCompetitionIdAndKindAndState(long competitionId, ReportKind kind, ReportState state);
}
