package kz.urpaq.competition;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.domain.Region;
import kz.urpaq.security.StaffScope;
import kz.urpaq.security.StepUp;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The organisers' side of a competition: create, edit, copy and move it through its phases.
 * The server refuses what would be wrong, with the reason: weights that do not sum to 100 %,
 * phases out of order, results-deciding settings changed once review has started.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class CompetitionSetupService {

    private final StepUp stepUp;
    private final CompetitionRepository competitions;
    private final List<PhaseGuard> guards;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ApplicationDrafts drafts;
    private final ReceivedApplications received;
    private final CompetitionAccess access;
    private final StaffScope scope;

    CompetitionSetupService(CompetitionRepository competitions, List<PhaseGuard> guards,
                            AuditTrail audit, Clock clock, ApplicationEventPublisher events, ApplicationDrafts drafts,
                            StepUp stepUp, CompetitionAccess access, StaffScope scope,
                            ReceivedApplications received) {
        this.received = received;
        this.access = access;
        this.scope = scope;
        this.stepUp = stepUp;
        this.competitions = competitions;
        this.guards = guards;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
        this.drafts = drafts;
    }

    /** Whether applicants see, after the announcement, the comments jurors wrote to them (not secret). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean commentsToApplicants(long competitionId) {
        return competitions.findById(competitionId).map(Competition::isCommentsToApplicants).orElse(false);
    }

    /**
     * A public round's applications so far per direction, when its organiser turned the public
     * figures on (decision 028); empty otherwise, and for a draft or an id that names nothing.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public java.util.Optional<PublicFigures> publicFigures(long competitionId) {
        return competitions.findById(competitionId).filter(c -> c.isPublicFigures() && c.getPhase().isPublic())
                .map(c -> {
                    var counts = received.byDirection(competitionId);
                    var directions = c.getDirections().stream().map(d -> new PublicFigures.DirectionCount(d.getName(),
                            counts.getOrDefault(d.getId(), 0L))).toList();
                    return new PublicFigures(directions.stream().mapToLong(PublicFigures.DirectionCount::count).sum(),
                            directions);
                });
    }

    /** Whether the competition has appeals, for how many days, and when its window closes (once PRELIMINARY). */
    @Transactional(readOnly = true)
    public AppealSettings appealSettings(long competitionId) {
        var competition = find(competitionId);
        return new AppealSettings(competition.isAppealsEnabled(), competition.getAppealDays(),
                competition.getAppealsCloseAt());
    }

    /**
     * Turns appeals on or off and sets the window's days (1 to {@value Competition#MAX_APPEAL_DAYS}),
     * until the competition reaches PRELIMINARY (audited).
     */
    public AppealSettings setAppeals(long competitionId, boolean enabled, int days) {
        var competition = find(competitionId);
        if (!competition.getPhase().isBefore(Phase.PRELIMINARY)) {
            throw new CompetitionRefusedException("competition.refused.appeals-locked");
        }
        if (days < 1 || days > Competition.MAX_APPEAL_DAYS) {
            throw new CompetitionRefusedException("competition.refused.appeal-days", Competition.MAX_APPEAL_DAYS);
        }
        var before = "appeals=" + competition.isAppealsEnabled() + ",days=" + competition.getAppealDays();
        competition.setAppeals(enabled, days);
        competitions.saveAndFlush(competition);
        audit.record(AuditAction.COMPETITION_SETTINGS_CHANGED, "competition", competitionId, competitionId, before,
                "appeals=" + enabled + ",days=" + days, null);
        return appealSettings(competitionId);
    }

    /** Whether the organiser shows the round's figures on the landing page. */
    @Transactional(readOnly = true)
    public boolean publicFiguresShown(long competitionId) {
        return find(competitionId).isPublicFigures();
    }

    /** Shows the round's applications so far per direction on the landing page, or stops (audited). */
    public void showPublicFigures(long competitionId, boolean shown) {
        var competition = find(competitionId);
        var before = competition.isPublicFigures();
        if (before == shown) {
            return;
        }
        competition.setPublicFigures(shown);
        competitions.saveAndFlush(competition);
        audit.record(AuditAction.COMPETITION_SETTINGS_CHANGED, "competition", competitionId, competitionId,
                "public_figures=" + before, "public_figures=" + shown, null);
    }

    /** Lets applicants see jurors' comments to them after the announcement, or not (audited). */
    public void showCommentsToApplicants(long competitionId, boolean shown) {
        var competition = find(competitionId);
        if (competition.getPhase().resultsPublic()) {
            throw new CompetitionRefusedException("competition.refused.comments-after-announcement");
        }
        var before = competition.isCommentsToApplicants();
        if (before == shown) {
            return;
        }
        competition.setCommentsToApplicants(shown);
        competitions.saveAndFlush(competition);
        audit.record(AuditAction.COMPETITION_SETTINGS_CHANGED, "competition", competitionId, competitionId,
                "comments_to_applicants=" + before, "comments_to_applicants=" + shown, null);
    }

    @Transactional(readOnly = true)
    public CompetitionSettings settings(long competitionId) {
        return CompetitionSettings.of(find(competitionId));
    }

    @Transactional(readOnly = true)
    public CompetitionOverview overview(long competitionId) {
        return CompetitionOverview.of(find(competitionId));
    }

    /** A new draft with the default directions of domain.md §1 and the default criteria of domain.md §6. */
    public long createDraft(int year) {
        var code = freeCode("TU-" + year);
        var competition = new Competition(scope.workingOrganiser(), code, year,
                new LocalizedText("Тәуелсіздік ұрпақтары — " + year, "Поколения независимости — " + year,
                        "Generations of Independence — " + year),
                new LocalizedText("Облыс", "Область", "Region"), null, null, null, 1_000_000L, clock.instant());
        DefaultDirections.all().forEach(d -> competition.addDirection(d.code(), d.name()));
        DefaultCriteria.all().forEach(k -> competition.addCriterion(k.code(), k.name(), k.description(),
                k.weightPercent(), k.scaleMax(), k.tieBreakOrder()));
        for (int place = 1; place <= competition.getPlacesPerDirection(); place++) {
            competition.setPlacePrize(place, 1_000_000L);
        }
        var saved = competitions.save(competition);
        audit.record(AuditAction.COMPETITION_CREATED, "competition", saved.getId(), saved.getId(), null, code, null);
        return saved.getId();
    }

    /**
     * Copies a competition as a new draft for the next round: directions, criteria and award
     * settings stay, the dates are cleared, the year moves on.
     */
    public long copy(long competitionId) {
        var source = find(competitionId);
        var year = source.getYear() + 1;
        var copy = new Competition(source.getOrganiserId(), freeCode("TU-" + year), year, bumpYear(source.getTitle(), source.getYear()),
                source.getRegion(), null, null, null, source.getGrantAmountTenge(), clock.instant());
        copy.setAgeBand(source.getMinAge(), source.getMaxAge());
        copy.setAwards(source.getPlacesPerDirection(), source.getGrantCount(), source.getGrantPolicy(),
                source.getMinimumAwardScore());
        copy.setMoney(source.getGrantAmountTenge(), source.getMaxBudgetTenge());
        copy.setScoring(source.getReviewersPerApplication(), source.getScoreMethod(), source.getVarianceThreshold());
        copy.setEntryRules(source.isOneApplicationPerApplicant(), source.getMaxFileBytes(),
                source.getMaxApplicationBytes());
        source.getPlacePrizes().forEach(copy::setPlacePrize);
        source.getDirections().forEach(d -> copy.addDirection(d.getCode(), d.getName()).setGrantQuota(d.getGrantQuota()));
        source.getCriteria().forEach(k -> copy.addCriterion(k.getCode(), k.getName(), k.getDescription(),
                k.getWeightPercent(), k.getScaleMax(), k.getTieBreakOrder()));
        var saved = competitions.save(copy);
        audit.record(AuditAction.COMPETITION_CREATED, "competition", saved.getId(), saved.getId(), source.getCode(),
                saved.getCode(), "copy");
        return saved.getId();
    }

    /**
     * Sets which regions' residents may apply (none named: every region), audited. Before anyone
     * has started an application anything goes; while the competition takes applications, regions
     * can then only be added, so nobody who started is shut out; after that it is history.
     */
    public CompetitionOverview setEligibleRegions(long competitionId, java.util.Set<Region> regions) {
        var competition = find(competitionId);
        var before = competition.getEligibleRegions();
        if (before.equals(regions)) {
            return CompetitionOverview.of(competition);
        }
        switch (competition.getPhase()) {
            case DRAFT -> {
            }
            case OPEN -> {
                var widened = regions.isEmpty() || !before.isEmpty() && regions.containsAll(before);
                if (!widened && drafts.started(competitionId) > 0) {
                    throw new CompetitionRefusedException("competition.refused.regions-narrowed");
                }
            }
            default -> throw new CompetitionRefusedException("competition.refused.locked");
        }
        competition.setEligibleRegions(regions);
        competitions.saveAndFlush(competition);
        audit.record(AuditAction.COMPETITION_SETTINGS_CHANGED, "competition", competitionId, competitionId,
                "eligible_regions=" + before, "eligible_regions=" + competition.getEligibleRegions(), null);
        return CompetitionOverview.of(competition);
    }

    /** Saves the settings; refuses results-deciding changes once review has started. */
    public CompetitionSettings update(long competitionId, CompetitionSettings settings) {
        var competition = find(competitionId);
        var before = CompetitionSettings.of(competition);
        var locked = competition.getPhase().settingsLocked();
        if (locked && !before.resultRules().equals(settings.resultRules())) {
            throw new CompetitionRefusedException("competition.refused.locked");
        }
        if (!settings.code().equals(competition.getCode()) && competitions.existsByCode(settings.code())) {
            throw new CompetitionRefusedException("competition.refused.code-taken", settings.code());
        }
        if (competition.getPhase() != Phase.DRAFT) {
            var kept = settings.directions().stream().map(CompetitionSettings.DirectionSettings::code)
                    .collect(Collectors.toSet());
            if (!kept.containsAll(before.directions().stream().map(CompetitionSettings.DirectionSettings::code)
                    .toList())) {
                throw new CompetitionRefusedException("competition.refused.direction-in-use");
            }
        }
        refuseEarlierDeadline(competitionId, competition, settings.submissionDeadline());
        try {
            competition.rename(settings.code(), settings.year(), settings.title(), settings.region());
            competition.reschedule(settings.opensAt(), settings.submissionDeadline(), settings.reviewDeadline());
            competition.setAgeBand(settings.minAge(), settings.maxAge());
            competition.setEntryRules(settings.oneApplicationPerApplicant(), settings.maxFileBytes(),
                    settings.maxApplicationBytes());
            competition.setScoring(settings.reviewersPerApplication(), settings.scoreMethod(),
                    settings.varianceThreshold());
            competition.setAwards(settings.placesPerDirection(), settings.grantCount(), settings.grantPolicy(),
                    settings.minimumAwardScore());
            competition.setMoney(settings.grantAmountTenge(), settings.maxBudgetTenge());
            competition.clearPlacePrizes();
            settings.placePrizes().forEach(competition::setPlacePrize);
            applyDirections(competition, settings.directions());
            applyCriteria(competition, settings.criteria());
        } catch (IllegalArgumentException invalid) {
            throw new CompetitionRefusedException("competition.refused.invalid", invalid.getMessage());
        }
        if (competition.getPhase() != Phase.DRAFT) {
            requireComplete(competition);
        }
        competitions.saveAndFlush(competition);
        var after = CompetitionSettings.of(competition);
        audit.record(AuditAction.COMPETITION_SETTINGS_CHANGED, "competition", competitionId, competitionId,
                before.toString(), after.toString(), null);
        return after;
    }

    /**
     * Moves the competition one phase on, after asking every feature whether it may: e.g. not to
     * REVIEW while applications wait for screening.
     */
    public CompetitionOverview moveTo(long competitionId, Phase target) {
        if (target == Phase.ANNOUNCED) {
            stepUp.require(); // the results become public: asks for the password (and code) again
        }
        var competition = find(competitionId);
        var from = competition.getPhase();
        if (from.next(competition.isAppealsEnabled()).filter(target::equals).isEmpty()) {
            throw new CompetitionRefusedException(from == Phase.DELIBERATION && target == Phase.ANNOUNCED
                    ? "competition.refused.appeals-first" : "competition.refused.phase-order");
        }
        var now = clock.instant();
        switch (target) {
            case OPEN -> requireComplete(competition);
            case SCREENING -> {
                if (competition.endsSubmissionEarly(now)) {
                    throw new CompetitionRefusedException("competition.refused.deadline-not-reached",
                            Almaty.dateTime(competition.getSubmissionDeadline()));
                }
            }
            default -> {
            }
        }
        var overview = CompetitionOverview.of(competition);
        for (var guard : guards) {
            var refusal = guard.refusal(overview, target);
            if (refusal.isPresent()) {
                throw new CompetitionRefusedException(refusal.get().messageKey(), refusal.get().arguments());
            }
        }
        competition.moveTo(target);
        if (target == Phase.PRELIMINARY) {
            competition.openAppeals(now);
        }
        competitions.saveAndFlush(competition);
        audit.record(AuditAction.PHASE_CHANGED, "competition", competitionId, competitionId, from.name(),
                target.name(), null);
        events.publishEvent(new PhaseChanged(competitionId, from, target));
        return CompetitionOverview.of(competition);
    }

    /**
     * While applications are accepted the deadline may be extended, never brought forward: the
     * phase move refuses to end the period early, and a Save may not either. The refusal says
     * how many drafts would lose time, so the organiser sees who was promised it.
     */
    private void refuseEarlierDeadline(long competitionId, Competition competition, @Nullable Instant deadline) {
        var promised = competition.getSubmissionDeadline();
        if (competition.getPhase() == Phase.OPEN && promised != null && deadline != null
                && competition.endsSubmissionEarly(deadline)) {
            throw new CompetitionRefusedException("competition.refused.deadline-earlier", Almaty.dateTime(promised),
                    drafts.count(competitionId));
        }
    }

    private static void requireComplete(Competition competition) {
        if (!competition.isScheduled()) {
            throw new CompetitionRefusedException("competition.refused.dates-missing");
        }
        if (competition.getDirections().isEmpty()) {
            throw new CompetitionRefusedException("competition.refused.no-directions");
        }
        if (competition.totalWeightPercent() != 100) {
            throw new CompetitionRefusedException("competition.refused.weights", competition.totalWeightPercent());
        }
    }

    private static void applyDirections(Competition competition, List<CompetitionSettings.DirectionSettings> wanted) {
        var codes = new HashSet<String>();
        for (var direction : wanted) {
            if (!codes.add(direction.code())) {
                throw new IllegalArgumentException("direction code " + direction.code() + " appears twice");
            }
        }
        competition.retainDirections(codes);
        Map<String, Direction> existing = competition.getDirections().stream()
                .collect(Collectors.toMap(Direction::getCode, d -> d));
        for (var direction : wanted) {
            var current = existing.get(direction.code());
            if (current == null) {
                current = competition.addDirection(direction.code(), direction.name());
            }
            current.rename(direction.name());
            current.setGrantQuota(direction.grantQuota());
        }
    }

    private static void applyCriteria(Competition competition, List<CompetitionSettings.CriterionSettings> wanted) {
        var codes = new HashSet<String>();
        for (var criterion : wanted) {
            if (!codes.add(criterion.code())) {
                throw new IllegalArgumentException("criterion code " + criterion.code() + " appears twice");
            }
        }
        competition.retainCriteria(codes);
        Map<String, Criterion> existing = competition.getCriteria().stream()
                .collect(Collectors.toMap(Criterion::getCode, k -> k));
        for (var criterion : wanted) {
            var current = existing.get(criterion.code());
            if (current == null) {
                competition.addCriterion(criterion.code(), criterion.name(), criterion.description(),
                        criterion.weightPercent(), criterion.scaleMax(), criterion.tieBreakOrder());
            } else {
                current.redefine(criterion.name(), criterion.description(), criterion.weightPercent(),
                        criterion.scaleMax(), criterion.tieBreakOrder());
            }
        }
    }

    /** The competition, when the caller administers its organiser; any other is "not found". */
    private Competition find(long competitionId) {
        return access.administered(competitionId);
    }

    private String freeCode(String base) {
        var code = base;
        for (int n = 2; competitions.existsByCode(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private static LocalizedText bumpYear(LocalizedText title, int year) {
        var from = String.valueOf(year);
        var to = String.valueOf(year + 1);
        return new LocalizedText(title.kk().replace(from, to), title.ru().replace(from, to), title.en().replace(from, to));
    }
}
