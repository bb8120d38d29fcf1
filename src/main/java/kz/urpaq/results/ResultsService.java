package kz.urpaq.results;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.competition.ScoreMethod;
import kz.urpaq.results.CompetitionResults.DirectionResults;
import kz.urpaq.results.CompetitionResults.Row;
import kz.urpaq.results.ResultsRefusedException.Reason;
import kz.urpaq.review.SubmittedScores;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.StepUp;
import kz.urpaq.submission.ApplicationDirectory;
import kz.urpaq.submission.ApplicationRef;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Results for administrators (domain.md §7): the computed ranking from the competition's rules, its
 * eligible applications and the submitted score sheets ({@link ResultCalculator}); overrides with a
 * written reason; and finalisation into an immutable snapshot.
 *
 * <p>The snapshot's canonical export, whose SHA-256 is published, is UTF-8 text without a BOM,
 * lines ending in a single LF (also after the last line), no quoting (no field holds a comma):
 * <pre>
 * competition,{id}
 * method,{MEAN|TRIMMED_MEAN|NORMALISED}
 * direction,rank,application,score,mean,trimmed_mean,normalised,spread,reviews,computed_place,computed_grant,final_place,final_grant
 * {direction code},{rank},{application id},{score},...,{final grant}
 * </pre>
 * Directions in the competition's order, rows by rank within a direction; scores with exactly
 * {@value ResultCalculator#SCALE} decimals, HALF_UP; a missing place is an empty field; grants
 * are {@code true} or {@code false}.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class ResultsService {

    public static final int REASON_MAX_LENGTH = 2000;

    private final StepUp stepUp;
    private final CompetitionSetupService setup;
    private final ApplicationDirectory applications;
    private final SubmittedScores scores;
    private final ResultOverrideRepository overrides;
    private final ResultSnapshotRepository snapshots;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final CompetitionAccess access;
    private final AnnouncedResultRepository announced;

    ResultsService(CompetitionSetupService setup, ApplicationDirectory applications, SubmittedScores scores,
                   ResultOverrideRepository overrides, ResultSnapshotRepository snapshots, AuditTrail audit,
                   CurrentUser currentUser, Clock clock, StepUp stepUp, CompetitionAccess access,
                   AnnouncedResultRepository announced) {
        this.access = access;
        this.announced = announced;
        this.stepUp = stepUp;
        this.setup = setup;
        this.applications = applications;
        this.scores = scores;
        this.overrides = overrides;
        this.snapshots = snapshots;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Everything the competition's results depend on, and nothing else. */
    @Transactional(readOnly = true)
    public ScoringInput input(long competitionId) {
        access.requireAdministered(competitionId);
        return input(competitionId, applications.eligible(competitionId), true);
    }

    /**
     * {@code raw}: the scores read from the score entries themselves, as the checks against the
     * snapshot need them; else from each submitted sheet's stored scores (one row per sheet, written
     * in the same transaction as the sheet's submission, so the same figures while nothing writes
     * to the tables behind the services' back).
     */
    private ScoringInput input(long competitionId, List<ApplicationRef> eligible, boolean raw) {
        var overview = setup.overview(competitionId);
        var settings = setup.settings(competitionId);
        var directionIds = overview.directions().stream()
                .collect(Collectors.toMap(CompetitionOverview.DirectionView::code, CompetitionOverview.DirectionView::id));
        var quotas = new TreeMap<Long, Integer>();
        settings.directions().stream().filter(d -> d.grantQuota() != null && directionIds.containsKey(d.code()))
                .forEach(d -> quotas.put(directionIds.get(d.code()), d.grantQuota()));
        var rules = new ScoringInput.Rules(settings.scoreMethod(), settings.criteria().stream()
                .map(c -> new ScoringInput.Criterion(c.code(), c.weightPercent(), c.scaleMax(), c.tieBreakOrder()))
                .toList(), settings.reviewersPerApplication(), settings.placesPerDirection(), settings.grantCount(),
                settings.grantPolicy(), quotas, settings.minimumAwardScore(), settings.varianceThreshold());
        var submittedAt = applications.submittedAt(competitionId);
        var entries = eligible.stream()
                .filter(a -> a.directionId() != null && submittedAt.containsKey(a.applicationId()))
                .map(a -> new ScoringInput.Entry(a.applicationId(), Objects.requireNonNull(a.directionId()),
                        submittedAt.get(a.applicationId())))
                .toList();
        var sheets = (raw ? scores.submitted(competitionId) : scores.submittedAsStored(competitionId)).stream()
                .map(s -> new ScoringInput.Sheet(s.applicationId(), s.jurorId(), s.scores())).toList();
        return new ScoringInput(rules, entries, sheets);
    }

    /**
     * How many applications won a place or a grant, counted in the published records once the
     * results are announced; empty before (the dashboard's last step, decision 027).
     */
    @Transactional(readOnly = true)
    public Optional<Long> awarded(long competitionId) {
        var competition = access.requireAdministered(competitionId);
        return competition.phase().resultsPublic() ? Optional.of(announced.countAwarded(competitionId))
                : Optional.empty();
    }

    /**
     * The computed ranking per direction with the final places and grants after overrides. From
     * DELIBERATION on no service can change a score or an eligibility (domain.md §4), so the computed
     * ranking is kept per competition and only the overrides are read again (docs/benchmarks.md §3:
     * computing 100,000 applications takes seconds). The ranking is computed from each sheet's stored
     * scores, one row per sheet (V170); the checks against the snapshot use {@link #recomputed}.
     */
    @Transactional(readOnly = true)
    public CompetitionResults results(long competitionId) {
        access.requireAdministered(competitionId);
        return results(competitionId, false);
    }

    /**
     * As {@link #results(long)}, but always computed afresh from the score entries themselves: for
     * the checks against the snapshot (announcement, exports) and finalising, which must see a score
     * changed behind the services' back.
     */
    @Transactional(readOnly = true)
    public CompetitionResults recomputed(long competitionId) {
        access.requireAdministered(competitionId);
        return results(competitionId, true);
    }

    /** A computed ranking and the applications it ranks, as kept for a competition whose scores are frozen. */
    private record Computed(ScoreMethod method, List<RankedApplication> ranking, Map<Long, ApplicationRef> refs) {
    }

    /** How many competitions' rankings are kept, the least recently used dropped first. */
    static final int FROZEN_KEPT = 4;

    private final Map<Long, Computed> frozen = Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Computed> eldest) {
                    return size() > FROZEN_KEPT;
                }
            });

    /**
     * The computation of a kept ranking under way, per competition: a request that comes while the
     * start-up's warm-up ({@link ResultsWarmUp}) or another request computes the same ranking waits
     * for it instead of computing it a second time on the same cores.
     */
    private final Map<Long, CompletableFuture<Computed>> computing =
            new ConcurrentHashMap<>();

    private static boolean scoresFrozen(Phase phase) {
        return phase.scoresFrozen();
    }

    /** Whether the competition's computed ranking is kept (for the warm-up's test). */
    boolean keeps(long competitionId) {
        return frozen.containsKey(competitionId);
    }

    /**
     * The kept ranking of a competition whose scores are frozen: the one kept, the one another
     * thread is computing, or one computed now and kept. A computation that failed in another
     * thread is done again here, so its failure is this caller's only if it fails here too.
     */
    private Computed kept(long competitionId) {
        var kept = frozen.get(competitionId);
        if (kept != null) {
            return kept;
        }
        var mine = new CompletableFuture<Computed>();
        var running = computing.putIfAbsent(competitionId, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException | CancellationException e) {
                var done = compute(competitionId, false);
                frozen.put(competitionId, done);
                return done;
            }
        }
        try {
            var keptMeanwhile = frozen.get(competitionId); // by a computation that ended since the first look
            var done = keptMeanwhile != null ? keptMeanwhile : compute(competitionId, false);
            frozen.put(competitionId, done);
            mine.complete(done);
            return done;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(competitionId, mine);
        }
    }

    /** Reads the eligible applications once: for the ranking's input and for the names on the page. */
    private Computed compute(long competitionId, boolean raw) {
        var eligible = applications.eligible(competitionId);
        var input = input(competitionId, eligible, raw);
        return new Computed(input.rules().method(), ResultCalculator.compute(input), eligible.stream()
                .collect(Collectors.toMap(ApplicationRef::applicationId, Function.identity())));
    }

    private CompetitionResults results(long competitionId, boolean fresh) {
        var overview = setup.overview(competitionId);
        Computed done;
        if (!scoresFrozen(overview.phase())) {
            done = compute(competitionId, fresh);
        } else if (fresh) {
            done = compute(competitionId, true);
            frozen.put(competitionId, done);
        } else {
            done = kept(competitionId);
        }
        var computed = done.ranking();
        var refs = done.refs();
        var made = overrides.findByCompetitionIdOrderByIdAsc(competitionId);
        var places = new HashMap<Long, @Nullable Integer>();
        var grants = new HashMap<Long, Boolean>();
        computed.forEach(r -> {
            places.put(r.applicationId(), r.place());
            grants.put(r.applicationId(), r.grant());
        });
        for (var o : made) {
            if (o.getField() == ResultOverride.Field.PLACE) {
                places.put(o.getApplicationId(), o.getToValue().isEmpty() ? null : Integer.valueOf(o.getToValue()));
            } else {
                grants.put(o.getApplicationId(), Boolean.parseBoolean(o.getToValue()));
            }
        }
        var byDirection = new HashMap<Long, List<Row>>();
        for (var r : computed) {
            var ref = refs.get(r.applicationId());
            byDirection.computeIfAbsent(r.directionId(), d -> new ArrayList<>()).add(new Row(r,
                    ref == null ? "" : ref.title(), ref == null ? null : ref.referenceNumber(),
                    places.get(r.applicationId()), grants.getOrDefault(r.applicationId(), false)));
        }
        var directions = overview.directions().stream().map(d -> new DirectionResults(d.id(), d.code(), d.name(),
                List.copyOf(byDirection.getOrDefault(d.id(), List.of())))).toList();
        var snapshot = snapshots.findByCompetitionId(competitionId).map(s -> new CompetitionResults.Snapshot(
                s.getSha256(), s.getFinalisedAt(), s.getFinalisedBy(), s.getExportText())).orElse(null);
        return new CompetitionResults(competitionId, overview.title(), overview.phase(), done.method(),
                directions, made.stream().map(o -> new CompetitionResults.Override(o.getApplicationId(),
                o.getField().name(), o.getFromValue(), o.getToValue(), o.getReason(), o.getOverriddenBy(),
                o.getOverriddenAt())).toList(), snapshot);
    }

    /**
     * Sets an application's final place (null: none) and grant, with one written reason: an
     * override, audited, for each of the two that differs from the final result now. One
     * transaction, and every check comes before the first write, so a refusal leaves both as they were.
     */
    public void override(long competitionId, long applicationId, @Nullable Integer place, boolean grant,
                         String reason) {
        access.requireAdministered(competitionId);
        var results = changeable(competitionId);
        var text = reason(reason);
        int places = setup.overview(competitionId).placesPerDirection();
        if (place != null && (place < 1 || place > places)) {
            throw new ResultsRefusedException(Reason.BAD_PLACE, places);
        }
        var row = row(results, applicationId);
        if (!Objects.equals(place, row.finalPlace())) {
            record(competitionId, applicationId, ResultOverride.Field.PLACE,
                    row.finalPlace() == null ? "" : String.valueOf(row.finalPlace()),
                    place == null ? "" : String.valueOf(place), text);
        }
        if (grant != row.finalGrant()) {
            record(competitionId, applicationId, ResultOverride.Field.GRANT, String.valueOf(row.finalGrant()),
                    String.valueOf(grant), text);
        }
    }

    /**
     * Freezes the final results: only in deliberation, only once, and only when every eligible
     * application is fully reviewed. Returns the SHA-256 of the canonical export (audited).
     */
    public String finalise(long competitionId) {
        stepUp.require(); // first: the same for every competition, so it tells nothing
        access.requireAdministered(competitionId);
        var results = changeable(competitionId, true);
        var unreviewed = results.rows().stream().filter(r -> !r.computed().fullyReviewed()).count();
        if (unreviewed > 0) {
            throw new ResultsRefusedException(Reason.NOT_FULLY_REVIEWED, unreviewed);
        }
        var export = canonicalExport(results);
        var hash = sha256(export);
        var now = clock.instant();
        snapshots.saveAndFlush(new ResultSnapshot(competitionId, export, hash, now,
                currentUser.get().map(p -> p.accountId()).orElse(null)));
        audit.record(AuditAction.RESULTS_FINALISED, "competition", competitionId, competitionId, null, hash,
                results.rows().size() + " applications");
        return hash;
    }

    /**
     * An upheld appeal (domain.md §13): sets the application's final place and grant through an
     * override whose reason cites the appeal, and re-finalises the results: the current snapshot
     * is superseded (kept, with its hash) and a new one is made. Only in PRELIMINARY. Returns the
     * new snapshot's SHA-256.
     */
    String overrideForAppeal(long competitionId, long applicationId, @Nullable Integer place, boolean grant,
                             String reason) {
        access.requireAdministered(competitionId);
        var results = results(competitionId, true);
        if (results.phase() != Phase.PRELIMINARY || !results.finalised()) {
            throw new ResultsRefusedException(Reason.WRONG_PHASE);
        }
        int places = setup.overview(competitionId).placesPerDirection();
        if (place != null && (place < 1 || place > places)) {
            throw new ResultsRefusedException(Reason.BAD_PLACE, places);
        }
        var row = row(results, applicationId);
        if (!Objects.equals(place, row.finalPlace())) {
            record(competitionId, applicationId, ResultOverride.Field.PLACE,
                    row.finalPlace() == null ? "" : String.valueOf(row.finalPlace()),
                    place == null ? "" : String.valueOf(place), reason);
        }
        if (grant != row.finalGrant()) {
            record(competitionId, applicationId, ResultOverride.Field.GRANT, String.valueOf(row.finalGrant()),
                    String.valueOf(grant), reason);
        }
        var now = clock.instant();
        var previous = snapshots.findByCompetitionId(competitionId).orElseThrow();
        previous.supersede(now);
        snapshots.saveAndFlush(previous);
        var refinalised = results(competitionId, true);
        var export = canonicalExport(refinalised);
        var hash = sha256(export);
        snapshots.saveAndFlush(new ResultSnapshot(competitionId, export, hash, now,
                currentUser.get().map(p -> p.accountId()).orElse(null)));
        audit.record(AuditAction.RESULTS_FINALISED, "competition", competitionId, competitionId,
                previous.getSha256(), hash, "re-finalised after an upheld appeal");
        return hash;
    }

    /** Every snapshot of the competition's results with its hash, the first finalisation first. */
    @Transactional(readOnly = true)
    public List<CompetitionResults.Snapshot> snapshots(long competitionId) {
        access.requireAdministered(competitionId);
        return snapshots.findByCompetitionIdOrderByIdAsc(competitionId).stream()
                .map(s -> new CompetitionResults.Snapshot(s.getSha256(), s.getFinalisedAt(), s.getFinalisedBy(),
                        s.getExportText())).toList();
    }

    /** The canonical export of the final results, as described on this class. */
    public static String canonicalExport(CompetitionResults results) {
        var out = new StringBuilder();
        out.append("competition,").append(results.competitionId()).append('\n');
        out.append("method,").append(results.method().name()).append('\n');
        out.append("direction,rank,application,score,mean,trimmed_mean,normalised,spread,reviews,computed_place,"
                + "computed_grant,final_place,final_grant\n");
        for (var direction : results.directions()) {
            for (var row : direction.rows()) {
                var r = row.computed();
                out.append(String.join(",", direction.code(), String.valueOf(r.rank()),
                        String.valueOf(r.applicationId()), plain(r.score()), plain(r.mean()), plain(r.trimmedMean()),
                        plain(r.normalised()), plain(r.spread()), String.valueOf(r.reviews()),
                        r.place() == null ? "" : String.valueOf(r.place()), String.valueOf(r.grant()),
                        row.finalPlace() == null ? "" : String.valueOf(row.finalPlace()),
                        String.valueOf(row.finalGrant()))).append('\n');
            }
        }
        return out.toString();
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(java.math.BigDecimal value) {
        return ResultCalculator.round(value).toPlainString();
    }

    private CompetitionResults changeable(long competitionId) {
        return changeable(competitionId, false);
    }

    private CompetitionResults changeable(long competitionId, boolean fresh) {
        var results = results(competitionId, fresh);
        if (results.finalised()) {
            throw new ResultsRefusedException(Reason.FINALISED);
        }
        if (results.phase() != Phase.DELIBERATION) {
            throw new ResultsRefusedException(Reason.WRONG_PHASE);
        }
        return results;
    }

    private static String reason(@Nullable String reason) {
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new ResultsRefusedException(Reason.REASON_REQUIRED);
        }
        if (text.length() > REASON_MAX_LENGTH) {
            throw new ResultsRefusedException(Reason.TEXT_TOO_LONG, REASON_MAX_LENGTH);
        }
        return text;
    }

    private static Row row(CompetitionResults results, long applicationId) {
        return results.rows().stream().filter(r -> r.computed().applicationId() == applicationId).findFirst()
                .orElseThrow(() -> new ResultsRefusedException(Reason.UNKNOWN_APPLICATION));
    }

    private void record(long competitionId, long applicationId, ResultOverride.Field field, String from, String to,
                        String reason) {
        var saved = overrides.saveAndFlush(new ResultOverride(competitionId, applicationId, field, from, to, reason,
                currentUser.get().map(p -> p.accountId()).orElse(null), clock.instant()));
        audit.record(AuditAction.RESULT_OVERRIDDEN, "application", applicationId, competitionId, field + "=" + from,
                field + "=" + to, reason);
        Objects.requireNonNull(saved.getId());
    }

    /** Whether the competition's results are finalised: the announcement needs it. */
    @Transactional(readOnly = true)
    public boolean finalised(long competitionId) {
        access.requireAdministered(competitionId);
        return snapshots.findByCompetitionId(competitionId).isPresent();
    }
}
