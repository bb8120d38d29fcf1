package kz.urpaq.results;

import kz.urpaq.applicant.District;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.results.PublishedResults.Award;
import kz.urpaq.results.PublishedResults.DirectionAwards;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.submission.ApplicationOutcome;
import kz.urpaq.submission.ApplicationOutcomes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The announced results: public for everyone (domain.md §2: visitors read public results), and each
 * applicant's own result. Everything comes from what the announcement froze ({@link Announcement})
 * and the snapshot; nothing is computed for a visitor.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
public class PublicResultsService implements ApplicationOutcomes {

    private final AnnouncedResultRepository announced;
    private final AppealRepository appeals;
    private final ResultSnapshotRepository snapshots;
    private final CompetitionService competitions;
    private final CompetitionSetupService setup;
    private final CurrentUser currentUser;
    private final ObjectProvider<FundedProjectSummaries> summaries;

    PublicResultsService(AnnouncedResultRepository announced, ResultSnapshotRepository snapshots,
                         CompetitionService competitions, CompetitionSetupService setup, CurrentUser currentUser,
                         AppealRepository appeals, ObjectProvider<FundedProjectSummaries> summaries) {
        this.announced = announced;
        this.summaries = summaries;
        this.appeals = appeals;
        this.snapshots = snapshots;
        this.competitions = competitions;
        this.setup = setup;
        this.currentUser = currentUser;
    }

    /** The announced results of a competition; empty for an unknown one or one not announced. */
    public Optional<PublishedResults> published(long competitionId) {
        var competition = competitions.withPublicResults(competitionId);
        var rules = competitions.publishedRules(competitionId);
        var snapshot = snapshots.findByCompetitionId(competitionId);
        var rows = announced.findByCompetitionIdOrderByDirectionIdAscPositionAsc(competitionId);
        if (competition.isEmpty() || rules.isEmpty() || snapshot.isEmpty() || rows.isEmpty()) {
            return Optional.empty();
        }
        var overview = competition.get();
        var byDirection = rows.stream().collect(Collectors.groupingBy(AnnouncedResult::getDirectionId));
        var summaryPages = summaries.stream().findFirst().map(s -> s.summaryPages(competitionId))
                .orElse(java.util.Map.of());
        var directions = overview.directions().stream().map(d -> {
            var ranked = byDirection.getOrDefault(d.id(), List.of());
            return new DirectionAwards(d.id(), d.name(), ranked.size(), ranked.stream()
                    .filter(AnnouncedResult::isAwarded)
                    .sorted(Comparator.comparing((AnnouncedResult r) -> r.getPlace() == null ? Integer.MAX_VALUE
                            : r.getPlace()).thenComparingInt(AnnouncedResult::getPosition))
                    .map(row -> award(row, summaryPages.get(row.getApplicationId()))).toList());
        }).toList();
        return Optional.of(new PublishedResults(competitionId, overview.code(), overview.year(), overview.title(),
                overview.region(), rules.get().scoreMethod(), overview.grantPolicy(), overview.placesPerDirection(),
                overview.grantCount(), overview.minimumAwardScore(), rules.get().tieBreakCriteria(), snapshot.get().getSha256(),
                snapshot.get().getFinalisedAt(), rows.getFirst().getAnnouncedAt(), directions,
                appeals.countByCompetitionId(competitionId),
                appeals.countByCompetitionIdAndOutcome(competitionId, Appeal.Outcome.UPHELD)));
    }

    /** Competitions whose results are public, newest first: the index of result pages. */
    public List<CompetitionOverview> announcedCompetitions() {
        return competitions.withPublicResults();
    }

    /**
     * The signed-in applicant's own result for one of their applications, once announced. Someone
     * else's application gets the same empty answer as an unannounced one.
     */
    @Override
    @PreAuthorize("hasRole('APPLICANT')")
    public Optional<ApplicationOutcome> forMyApplication(long applicationId) {
        var me = currentUser.require().accountId();
        return announced.findByApplicationId(applicationId)
                .filter(r -> r.getApplicantId() == me)
                .filter(r -> competitions.withPublicResults(r.getCompetitionId()).isPresent())
                .map(r -> new ApplicationOutcome(r.getCompetitionId(), r.getPosition(), r.getRankedCount(),
                        r.getScore(), r.getPlace(), r.isGrantAwarded(), r.getComments(),
                        setup.commentsToApplicants(r.getCompetitionId())));
    }

    private static Award award(AnnouncedResult row, @org.jspecify.annotations.Nullable String summaryPage) {
        var district = row.getDistrict() == null ? null : District.valueOf(row.getDistrict()).displayName();
        return new Award(row.getPlace(), row.isGrantAwarded(), row.getProjectTitle(), row.getHolderName(), district,
                summaryPage);
    }
}
