package kz.urpaq.grant.report;

import kz.urpaq.competition.CompetitionService;
import kz.urpaq.grant.ReportKind;
import kz.urpaq.results.FundedProjectSummaries;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The public summary of a funded project (domain.md §14): what its recipient wrote for everyone in
 * the final report, public once an administrator accepted that report and while the competition's
 * results are public. Anything else is answered as nothing.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
public class PublicSummaryService implements FundedProjectSummaries {

    private final GrantReportRepository reports;
    private final CompetitionService competitions;

    PublicSummaryService(GrantReportRepository reports, CompetitionService competitions) {
        this.reports = reports;
        this.competitions = competitions;
    }

    /** A funded project's public summary, as a visitor reads it. */
    public record PublicSummary(long grantId, long competitionId, String projectTitle, String summary,
                                Instant acceptedAt) {
    }

    public Optional<PublicSummary> summary(long grantId) {
        return reports.findByGrantIdAndKind(grantId, ReportKind.FINAL)
                .filter(report -> report.getState() == ReportState.ACCEPTED && report.getAcceptedAt() != null)
                .filter(report -> competitions.withPublicResults(report.getCompetitionId()).isPresent())
                .map(report -> new PublicSummary(grantId, report.getCompetitionId(), report.getProjectTitle(),
                        report.getPublicSummary(), java.util.Objects.requireNonNull(report.getAcceptedAt())));
    }

    @Override
    public Map<Long, String> summaryPages(long competitionId) {
        return reports.findByCompetitionIdAndKindAndState(competitionId, ReportKind.FINAL, ReportState.ACCEPTED)
                .stream().collect(Collectors.toMap(GrantReport::getApplicationId,
                        report -> pageOf(report.getGrantId()), (a, b) -> a));
    }

    /** The address of a funded project's public summary page. */
    public static String pageOf(long grantId) {
        return "projects/" + grantId;
    }
}
