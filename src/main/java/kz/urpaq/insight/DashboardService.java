package kz.urpaq.insight;

import kz.urpaq.applicant.AgeRule;
import kz.urpaq.applicant.District;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.ResultsService;
import kz.urpaq.review.ReviewStatistics;
import kz.urpaq.submission.ApplicationFigures;
import kz.urpaq.submission.ApplicationStatistics;
import kz.urpaq.submission.ApplicationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.SortedMap;

/**
 * The organisers' dashboard of one competition (SPEC §16), put together from the counts the rooms
 * below make in SQL; definitions in docs/decisions/027-dashboard-figures.md.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class DashboardService {

    /** The age bands, on the deadline day; the first and last are open. */
    static final int[][] AGE_BANDS = {{0, 15}, {16, 17}, {18, 21}, {22, 25}, {26, 30},
            {31, Dashboard.AgeBand.OPEN_END}};

    private final CompetitionAccess access;
    private final CompetitionService competitions;
    private final ApplicationStatistics applications;
    private final ReviewStatistics reviews;
    private final ResultsService results;
    private final Clock clock;

    DashboardService(CompetitionAccess access, CompetitionService competitions, ApplicationStatistics applications,
                     ReviewStatistics reviews, ResultsService results, Clock clock) {
        this.access = access;
        this.competitions = competitions;
        this.applications = applications;
        this.reviews = reviews;
        this.results = results;
        this.clock = clock;
    }

    public Dashboard dashboard(long competitionId) {
        var competition = access.requireAdministered(competitionId);
        var figures = applications.figures(competitionId);
        var review = reviews.figures(competitionId);

        var byStatus = new EnumMap<ApplicationStatus, Long>(ApplicationStatus.class);
        for (var status : ApplicationStatus.values()) {
            byStatus.put(status, figures.byStatus().getOrDefault(status, 0L));
        }
        var byDirection = competition.directions().stream().map(d -> new Dashboard.DirectionCount(d.id(), d.name(),
                figures.receivedByDirection().getOrDefault(d.id(), 0L))).toList();
        var byDistrict = new EnumMap<District, Long>(District.class);
        // A region's round shows each of its places, nobody-applied-here included; a round open to
        // every region shows the places people applied from (thirty bars of mostly zeros say nothing).
        for (var district : District.values()) {
            var count = figures.receivedByDistrict().getOrDefault(district, 0L);
            if (count > 0 || competition.eligibleRegions().contains(district.region())) {
                byDistrict.put(district, count);
            }
        }

        var funnel = List.of(
                new Dashboard.FunnelStep(Dashboard.Stage.REGISTERED, figures.registered()),
                new Dashboard.FunnelStep(Dashboard.Stage.STARTED, figures.started()),
                new Dashboard.FunnelStep(Dashboard.Stage.SUBMITTED, figures.received()),
                new Dashboard.FunnelStep(Dashboard.Stage.ELIGIBLE, figures.eligible()),
                new Dashboard.FunnelStep(Dashboard.Stage.RANKED, review.fullyReviewed()),
                new Dashboard.FunnelStep(Dashboard.Stage.AWARDED, results.awarded(competitionId).orElse(null)));

        var panels = review.panels().stream().map(p -> new Dashboard.Panel(competition.directions().stream()
                .filter(d -> d.id() == p.directionId()).findFirst().map(CompetitionOverview.DirectionView::name)
                .orElseThrow(), p)).toList();

        var previous = previousYear(competition);
        return new Dashboard(competition, byStatus, byDirection, byDistrict, ages(competition, figures),
                curve(competition, figures.receivedPerDay()), previous == null ? null
                : curve(previous, applications.receivedPerDay(previous.id())),
                funnel, review.progress(), panels);
    }

    /**
     * The same organiser's competition of the year before, if there is one that took applications;
     * of several, the one with the latest deadline.
     */
    private @Nullable CompetitionOverview previousYear(CompetitionOverview competition) {
        return competitions.listAll().stream()
                .filter(c -> c.organiserId() == competition.organiserId() && c.year() == competition.year() - 1
                        && c.phase() != Phase.DRAFT && c.submissionDeadline() != null)
                .max(Comparator.comparing(c -> java.util.Objects.requireNonNull(c.submissionDeadline())))
                .orElse(null);
    }

    private LocalDate deadlineDay(CompetitionOverview competition) {
        Instant deadline = competition.submissionDeadline() == null ? clock.instant() : competition.submissionDeadline();
        return Almaty.at(deadline).toLocalDate();
    }

    /**
     * Each day from the first submission to the last (days without one included, so the line has no
     * gaps), with the running total.
     */
    private Dashboard.Curve curve(CompetitionOverview competition, SortedMap<LocalDate, Long> perDay) {
        var deadlineDay = deadlineDay(competition);
        var days = new ArrayList<Dashboard.Curve.Day>();
        if (!perDay.isEmpty()) {
            long cumulative = 0;
            for (var day = perDay.firstKey(); !day.isAfter(perDay.lastKey()); day = day.plusDays(1)) {
                long count = perDay.getOrDefault(day, 0L);
                cumulative += count;
                days.add(new Dashboard.Curve.Day(day, ChronoUnit.DAYS.between(deadlineDay, day), count, cumulative));
            }
        }
        return new Dashboard.Curve(competition.id(), competition.code(), competition.year(),
                competition.submissionDeadline(), List.copyOf(days));
    }

    /** Ages on the deadline day (Almaty time), as the age rule counts them (domain.md §3). */
    private List<Dashboard.AgeBand> ages(CompetitionOverview competition, ApplicationFigures figures) {
        var onDay = deadlineDay(competition);
        var female = new long[AGE_BANDS.length];
        var male = new long[AGE_BANDS.length];
        for (var born : figures.receivedByBirth()) {
            var age = AgeRule.ageOn(born.birthDate(), onDay);
            for (int band = 0; band < AGE_BANDS.length; band++) {
                if (age >= AGE_BANDS[band][0] && age <= AGE_BANDS[band][1]) {
                    (born.female() ? female : male)[band] += born.count();
                    break;
                }
            }
        }
        var bands = new ArrayList<Dashboard.AgeBand>();
        for (int band = 0; band < AGE_BANDS.length; band++) {
            bands.add(new Dashboard.AgeBand(AGE_BANDS[band][0], AGE_BANDS[band][1], female[band], male[band]));
        }
        return List.copyOf(bands);
    }
}
