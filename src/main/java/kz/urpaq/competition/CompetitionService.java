package kz.urpaq.competition;

import kz.urpaq.organiser.OrganiserService;
import kz.urpaq.security.StaffScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class CompetitionService {

    private final CompetitionRepository competitions;
    private final OrganiserService organisers;
    private final Clock clock;
    private final StaffScope scope;

    CompetitionService(CompetitionRepository competitions, OrganiserService organisers, Clock clock, StaffScope scope) {
        this.scope = scope;
        this.competitions = competitions;
        this.organisers = organisers;
        this.clock = clock;
    }

    /**
     * The competition the landing page shows: one accepting applications if there is one, else
     * the newest public one. Drafts are never shown.
     */
    @PreAuthorize("permitAll()")
    public Optional<CompetitionOverview> current() {
        var visible = competitions.findPublicNewestFirst().stream()
                .filter(c -> c.getPhase() != Phase.ARCHIVED)
                .toList();
        return visible.stream()
                .filter(c -> c.getPhase() == Phase.OPEN)
                .min(Comparator.comparing(Competition::getSubmissionDeadline,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .or(() -> visible.stream().findFirst())
                .map(CompetitionOverview::of);
    }

    /** Competitions whose results are public (announced or archived), newest first. */
    @PreAuthorize("permitAll()")
    public List<CompetitionOverview> withPublicResults() {
        return competitions.findPublicNewestFirst().stream()
                .filter(c -> c.getPhase().resultsPublic())
                .map(CompetitionOverview::of).toList();
    }

    /** One competition whose results are public (announced or archived), if it is one. */
    @PreAuthorize("permitAll()")
    public Optional<CompetitionOverview> withPublicResults(long id) {
        return competitions.findById(id)
                .filter(c -> c.getPhase().resultsPublic())
                .map(CompetitionOverview::of);
    }

    /**
     * The ranking rules of a competition whose results are public, for everyone who reads them:
     * a visitor, an applicant or a juror alike, with no one's rights raised to read them.
     */
    @PreAuthorize("permitAll()")
    public Optional<PublishedRules> publishedRules(long id) {
        return competitions.findById(id)
                .filter(c -> c.getPhase().resultsPublic())
                .map(c -> new PublishedRules(c.getScoreMethod(), c.getCriteria().stream()
                        .filter(k -> k.getTieBreakOrder() != null)
                        .sorted(Comparator.comparing(k -> Objects.requireNonNull(k.getTieBreakOrder())))
                        .map(Criterion::getName).toList()));
    }

    /** A competition's public page by its code ({@code /c/{code}}); drafts stay with the organisers. */
    @PreAuthorize("permitAll()")
    public Optional<CompetitionOverview> findPublicByCode(String code) {
        return competitions.findByCode(code).filter(c -> c.getPhase().isPublic()).map(CompetitionOverview::of);
    }

    /** Competitions taking applications now (several organisers' rounds), the nearest deadline first. */
    @PreAuthorize("permitAll()")
    public List<CompetitionOverview> acceptingSubmissions() {
        var now = clock.instant();
        return competitions.findPublicNewestFirst().stream()
                .map(CompetitionOverview::of)
                .filter(c -> c.acceptsSubmissionsAt(now))
                .sorted(Comparator.comparing(CompetitionOverview::submissionDeadline,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** Every competition that is not a draft, every organiser's, newest first: what the public may know. */
    @PreAuthorize("permitAll()")
    public List<CompetitionOverview> allPublic() {
        return competitions.findPublicNewestFirst().stream().map(CompetitionOverview::of).toList();
    }

    /** A competition anyone signed in may read about; drafts stay with the organisers. */
    @PreAuthorize("isAuthenticated()")
    public Optional<CompetitionOverview> findPublic(long id) {
        return competitions.findById(id).filter(c -> c.getPhase().isPublic()).map(CompetitionOverview::of);
    }

    /** The competitions of the organisers the caller administers, newest first. */
    public List<CompetitionOverview> listAll() {
        var administered = scope.administered();
        return competitions.findAllNewestFirst().stream().filter(c -> administered.includes(c.getOrganiserId()))
                .map(CompetitionOverview::of).toList();
    }

    public Optional<CompetitionOverview> findByCode(String code) {
        return competitions.findByCode(code).filter(c -> scope.administers(c.getOrganiserId()))
                .map(CompetitionOverview::of);
    }

    /**
     * A competition by id, for pages that start from an application (its file limits, its
     * deadline). Drafts stay invisible to everyone but administrators.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<CompetitionOverview> findById(long id) {
        return competitions.findById(id)
                .filter(c -> c.getPhase() != Phase.DRAFT || scope.administers(c.getOrganiserId()))
                .map(CompetitionOverview::of);
    }

    /** Whether a competition has the code, any organiser's: codes are unique in the installation (addresses). */
    public boolean exists(String code) {
        return competitions.existsByCode(code);
    }

    /**
     * Sets up a competition. Anything beyond a draft must be complete: at least one direction
     * and criteria whose weights sum to exactly 100 %.
     */
    @Transactional
    public CompetitionOverview create(CompetitionSpec spec) {
        return create(spec, scope.workingOrganiser());
    }

    /** Sets up a competition of the given organiser (kz.urpaq.organiser), as {@link #create(CompetitionSpec)}. */
    @Transactional
    public CompetitionOverview create(CompetitionSpec spec, long organiserId) {
        scope.requireAdministrator(organiserId, "organiser.refused.not-found");
        if (competitions.existsByCode(spec.code())) {
            throw new IllegalArgumentException("a competition with code " + spec.code() + " exists");
        }
        var competition = new Competition(organisers.find(organiserId).id(), spec.code(), spec.year(), spec.title(), spec.region(), spec.opensAt(),
                spec.submissionDeadline(), spec.reviewDeadline(), spec.grantAmountTenge(), clock.instant());
        competition.setAgeBand(spec.minAge(), spec.maxAge());
        competition.setAwards(spec.placesPerDirection(), spec.grantCount(), spec.grantPolicy(),
                spec.minimumAwardScore());
        spec.placePrizes().forEach(competition::setPlacePrize);
        spec.directions().forEach(d -> competition.addDirection(d.code(), d.name()));
        spec.criteria().forEach(k -> competition.addCriterion(k.code(), k.name(), k.description(), k.weightPercent(),
                k.scaleMax(), k.tieBreakOrder()));
        if (spec.phase() != Phase.DRAFT) {
            requireComplete(competition);
        }
        competition.moveTo(spec.phase());
        return CompetitionOverview.of(competitions.save(competition));
    }

    static void requireComplete(Competition competition) {
        if (competition.getDirections().isEmpty()) {
            throw new IllegalArgumentException("a competition needs at least one direction");
        }
        if (competition.totalWeightPercent() != 100) {
            throw new IllegalArgumentException("criteria weights sum to " + competition.totalWeightPercent()
                    + " %, not 100 %");
        }
    }
}
