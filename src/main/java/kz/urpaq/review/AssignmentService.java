package kz.urpaq.review;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.base.domain.NoSuchRecordException;
import kz.urpaq.base.i18n.TranslationKeys;
import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.review.AssignmentPlanner.Conflict;
import kz.urpaq.review.AssignmentPlanner.Existing;
import kz.urpaq.review.AssignmentPlanner.Juror;
import kz.urpaq.review.AssignmentRefusedException.Reason;
import kz.urpaq.security.AccountPrincipal;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.submission.ApplicationDirectory;
import kz.urpaq.submission.ApplicationRef;
import kz.urpaq.submission.ApplicationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who reviews what (domain.md §6): the automatic assignment of each eligible application to {@code k}
 * jurors of its direction's panel, manual additions and removals, and conflicts of interest.
 * Administrators only, except that a juror may step back from their own assignment.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class AssignmentService {

    private final CompetitionService competitions;
    private final ApplicationDirectory applications;
    private final JurorDirectory jurors;
    private final PanelMemberRepository members;
    private final ReviewAssignmentRepository assignments;
    private final ReviewConflictRepository conflicts;
    private final AssignmentLedger ledger;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final CompetitionAccess access;

    AssignmentService(CompetitionService competitions, ApplicationDirectory applications, JurorDirectory jurors,
                      PanelMemberRepository members, ReviewAssignmentRepository assignments,
                      ReviewConflictRepository conflicts, AssignmentLedger ledger, AuditTrail audit,
                      CurrentUser currentUser, Clock clock, CompetitionAccess access) {
        this.access = access;
        this.competitions = competitions;
        this.applications = applications;
        this.jurors = jurors;
        this.members = members;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.ledger = ledger;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What {@link #run} would do now, changing nothing: for the confirmation an administrator reads. */
    @Transactional(readOnly = true)
    public AssignmentReport preview(long competitionId) {
        return assign(competitionId, false);
    }

    /**
     * Fills every eligible application up to {@code k} reviewers from its direction's panel. Work
     * already given stays where it is; unfinished work of jurors who can no longer do it (disabled,
     * applied to the competition, off the panel) and work on applications that are no longer
     * eligible is released first, so a rerun fills exactly the gaps. Submitted reviews never move.
     */
    public AssignmentReport run(long competitionId) {
        return assign(competitionId, true);
    }

    private record Pair(long jurorId, long applicationId) {
    }

    private AssignmentReport assign(long competitionId, boolean apply) {
        var competition = competition(competitionId);
        ReviewPhases.require(competition, ReviewPhases.ASSIGNMENT);
        var panel = apply ? members.lockCompetition(competitionId)
                : members.findByCompetitionIdOrderByDirectionIdAscIdAsc(competitionId);
        var eligible = applications.eligible(competitionId);
        var eligibleIds = eligible.stream().map(ApplicationRef::applicationId).collect(Collectors.toSet());
        var held = assignments.findByCompetitionIdOrderByIdAsc(competitionId);

        var excluded = new HashSet<Pair>();
        conflicts.findByCompetitionId(competitionId)
                .forEach(c -> excluded.add(new Pair(c.getJurorId(), c.getApplicationId())));
        held.stream().filter(a -> a.getState() == AssignmentState.DECLINED)
                .forEach(a -> excluded.add(new Pair(a.getJurorId(), a.getApplicationId())));
        var seats = panel.stream().map(m -> new Pair(m.getJurorId(), m.getDirectionId())).collect(Collectors.toSet());
        var jurorIds = new HashSet<Long>();
        panel.forEach(m -> jurorIds.add(m.getJurorId()));
        held.forEach(a -> jurorIds.add(a.getJurorId()));
        var snapshot = jurors.snapshot(competitionId, jurorIds);

        var released = new IdentityHashMap<ReviewAssignment, String>();
        for (var assignment : held) {
            var why = assignment.getState().isOpen() ? whyRelease(assignment, eligibleIds, snapshot, seats, excluded)
                    : null;
            if (why != null) {
                released.put(assignment, why);
            }
        }
        if (apply) {
            released.forEach(ledger::release);
        }

        int k = competition.reviewersPerApplication();
        var now = clock.instant();
        var added = new ArrayList<ReviewAssignment>();
        var report = new ArrayList<AssignmentReport.Direction>();
        for (var direction : competition.directions()) {
            var apps = eligible.stream().filter(a -> Objects.equals(a.directionId(), direction.id()))
                    .map(ApplicationRef::applicationId).sorted().toList();
            var appSet = new HashSet<>(apps);
            var active = held.stream().filter(a -> a.getDirectionId() == direction.id() && a.getState().isActive()
                    && !released.containsKey(a)).toList();
            var onPanel = panel.stream().filter(m -> m.getDirectionId() == direction.id()
                    && snapshot.available(m.getJurorId())).sorted(Comparator.comparingLong(PanelMember::getJurorId))
                    .toList();
            // Submitted reviews of applications no longer eligible still use up a juror's cap.
            var heldElsewhere = active.stream().filter(a -> !appSet.contains(a.getApplicationId()))
                    .collect(Collectors.groupingBy(ReviewAssignment::getJurorId, Collectors.counting()));

            // The planner sees ranks, not database ids: the plan depends on the order of applications and
            // jurors only, so the same set-up gives the same plan in any database.
            var jurorRank = new HashMap<Long, Long>();
            var jurorOfRank = new ArrayList<Long>();
            onPanel.forEach(m -> rank(m.getJurorId(), jurorRank, jurorOfRank));
            active.stream().map(ReviewAssignment::getJurorId).distinct().sorted()
                    .forEach(id -> rank(id, jurorRank, jurorOfRank));
            var appRank = new HashMap<Long, Long>();
            for (int i = 0; i < apps.size(); i++) {
                appRank.put(apps.get(i), (long) i);
            }
            var planJurors = onPanel.stream().map(m -> new Juror(jurorRank.get(m.getJurorId()),
                    (int) Math.max(0, m.getCap() - heldElsewhere.getOrDefault(m.getJurorId(), 0L)))).toList();
            var existing = active.stream().filter(a -> appSet.contains(a.getApplicationId()))
                    .map(a -> new Existing(appRank.get(a.getApplicationId()), jurorRank.get(a.getJurorId()))).toList();
            var planConflicts = excluded.stream()
                    .filter(p -> appSet.contains(p.applicationId()) && jurorRank.containsKey(p.jurorId()))
                    .map(p -> new Conflict(jurorRank.get(p.jurorId()), appRank.get(p.applicationId())))
                    .collect(Collectors.toSet());

            var plan = AssignmentPlanner.plan(appRank.values().stream().sorted().toList(), planJurors, k, existing,
                    planConflicts);

            plan.additions().forEach(a -> added.add(new ReviewAssignment(competitionId, direction.id(),
                    apps.get((int) a.applicationId()), jurorOfRank.get((int) a.jurorId()), true, now)));
            int releasedHere = (int) released.keySet().stream().filter(a -> a.getDirectionId() == direction.id())
                    .count();
            report.add(new AssignmentReport.Direction(direction.id(), direction.name(), apps.size(), onPanel.size(),
                    existing.size(), plan.additions().size(), releasedHere, plan.missingReviews()));
        }
        if (apply && !added.isEmpty()) {
            ledger.assign(added);
        }
        return new AssignmentReport(competitionId, k, apply, List.copyOf(report));
    }

    private static void rank(long jurorId, Map<Long, Long> rank, List<Long> ofRank) {
        if (!rank.containsKey(jurorId)) {
            rank.put(jurorId, (long) ofRank.size());
            ofRank.add(jurorId);
        }
    }

    private static @Nullable String whyRelease(ReviewAssignment assignment, Set<Long> eligibleIds,
                                               JurorDirectory.Snapshot snapshot, Set<Pair> seats,
                                               Set<Pair> excluded) {
        if (!eligibleIds.contains(assignment.getApplicationId())) {
            return "application-not-eligible";
        }
        var status = snapshot.status(assignment.getJurorId());
        if (status != JurorStatus.AVAILABLE) {
            return "juror-" + TranslationKeys.kebab(status);
        }
        if (!seats.contains(new Pair(assignment.getJurorId(), assignment.getDirectionId()))) {
            return "not-on-panel";
        }
        if (excluded.contains(new Pair(assignment.getJurorId(), assignment.getApplicationId()))) {
            return "conflict";
        }
        return null;
    }

    /**
     * Adds one juror to one eligible application by hand: only a juror of the application's
     * panel, without a conflict, below their cap, and not an applicant of the competition.
     */
    public AssignmentRow add(long applicationId, long jurorId) {
        var application = applications.find(applicationId)
                .filter(a -> a.status() == ApplicationStatus.ELIGIBLE && a.directionId() != null)
                .orElseThrow(() -> new AssignmentRefusedException(Reason.APPLICATION_NOT_ELIGIBLE));
        long directionId = Objects.requireNonNull(application.directionId());
        var competition = competition(application.competitionId());
        ReviewPhases.require(competition, ReviewPhases.ASSIGNMENT);
        members.lockCompetition(competition.id());
        var seat = members.findByDirectionIdAndJurorId(directionId, jurorId)
                .orElseThrow(() -> new AssignmentRefusedException(Reason.NOT_ON_PANEL));
        switch (jurors.snapshot(competition.id(), List.of(jurorId)).status(jurorId)) {
            case NOT_A_JUROR -> throw new AssignmentRefusedException(Reason.NOT_A_JUROR);
            case DISABLED -> throw new AssignmentRefusedException(Reason.JUROR_DISABLED);
            case APPLIED -> throw new AssignmentRefusedException(Reason.JUROR_APPLIED);
            case AVAILABLE -> {
            }
        }
        var existing = assignments.findByApplicationIdAndJurorId(applicationId, jurorId);
        if (conflicts.findByApplicationIdAndJurorId(applicationId, jurorId).isPresent()
                || existing.filter(a -> a.getState() == AssignmentState.DECLINED).isPresent()) {
            throw new AssignmentRefusedException(Reason.CONFLICT);
        }
        if (existing.isPresent()) {
            throw new AssignmentRefusedException(Reason.ALREADY_ASSIGNED);
        }
        if (assignments.countActive(directionId, jurorId) >= seat.getCap()) {
            throw new AssignmentRefusedException(Reason.CAP_REACHED, seat.getCap());
        }
        var saved = ledger.assign(List.of(new ReviewAssignment(competition.id(), directionId, applicationId, jurorId,
                false, clock.instant()))).getFirst();
        return row(saved, application);
    }

    /** Takes a juror off an application; never once their score sheet is submitted. */
    public void remove(long assignmentId) {
        var assignment = assignments.findById(assignmentId)
                .filter(a -> access.administers(a.getCompetitionId()))
                .orElseThrow(() -> new NoSuchRecordException(CompetitionAccess.NOT_FOUND));
        ReviewPhases.require(competition(assignment.getCompetitionId()), ReviewPhases.ASSIGNMENT);
        members.lockCompetition(assignment.getCompetitionId());
        switch (assignment.getState()) {
            case SUBMITTED -> throw new AssignmentRefusedException(Reason.SHEET_SUBMITTED);
            case DECLINED -> throw new AssignmentRefusedException(Reason.ALREADY_DECLINED);
            case NEW, DRAFT -> ledger.release(assignment, "removed-by-administrator");
        }
    }

    /**
     * A juror steps back from an application assigned to them: a conflict of interest, with a
     * reason. The assignment is declined and the juror is never assigned to it again; the next
     * run finds another reviewer. Only on one's own assignment, and not after submitting.
     */
    @PreAuthorize("hasRole('JURY')")
    public void declareConflict(long assignmentId, String reason) {
        long me = currentUser.require().accountId();
        var assignment = assignments.findById(assignmentId).filter(a -> a.getJurorId() == me)
                .orElseThrow(() -> new AccessDeniedException("not an assignment of the caller"));
        var text = requireReason(reason);
        ReviewPhases.require(competitions.findById(assignment.getCompetitionId()).orElseThrow(),
                ReviewPhases.ASSIGNMENT);
        conflict(assignment.getCompetitionId(), assignment.getApplicationId(), me, text, true,
                Optional.of(assignment));
    }

    /**
     * An administrator records a conflict between a juror and an application, assigned or not;
     * an unfinished assignment between them is declined.
     */
    public void recordConflict(long applicationId, long jurorId, String reason) {
        var application = applications.find(applicationId)
                .orElseThrow(() -> new NoSuchRecordException(CompetitionAccess.NOT_FOUND));
        var text = requireReason(reason);
        ReviewPhases.require(competition(application.competitionId()), ReviewPhases.ASSIGNMENT);
        conflict(application.competitionId(), applicationId, jurorId, text, false,
                assignments.findByApplicationIdAndJurorId(applicationId, jurorId));
    }

    private void conflict(long competitionId, long applicationId, long jurorId, String reason, boolean byJuror,
                          Optional<ReviewAssignment> assignment) {
        if (assignment.filter(a -> a.getState() == AssignmentState.SUBMITTED).isPresent()) {
            throw new AssignmentRefusedException(Reason.SHEET_SUBMITTED);
        }
        var known = conflicts.findByApplicationIdAndJurorId(applicationId, jurorId);
        var open = assignment.filter(a -> a.getState().isOpen());
        if (known.isPresent() && open.isEmpty()) {
            return;
        }
        var recorded = known.orElseGet(() -> conflicts.save(new ReviewConflict(competitionId, applicationId, jurorId,
                reason, currentUser.get().map(AccountPrincipal::accountId).orElse(null), byJuror, clock.instant())));
        var before = open.map(a -> a.getState().name()).orElse(null);
        open.ifPresent(a -> a.moveTo(AssignmentState.DECLINED, clock.instant()));
        audit.record(AuditAction.CONFLICT_DECLARED, "review-conflict", recorded.getId(), competitionId, before,
                open.isPresent() ? AssignmentState.DECLINED.name() : null,
                "application=" + applicationId + " juror=" + jurorId + (byJuror ? " by-juror: " : " by-administrator: ")
                        + reason);
    }

    private static String requireReason(String reason) {
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new AssignmentRefusedException(Reason.REASON_REQUIRED);
        }
        if (text.length() > ReviewConflict.REASON_MAX_LENGTH) {
            throw new AssignmentRefusedException(Reason.REASON_TOO_LONG, ReviewConflict.REASON_MAX_LENGTH);
        }
        return text;
    }

    /** A juror's assignments in the competition, in every state, oldest first. */
    @Transactional(readOnly = true)
    public List<AssignmentRow> assignmentsOf(long competitionId, long jurorId) {
        access.requireAdministered(competitionId);
        var held = assignments.findByCompetitionIdAndJurorIdOrderByIdAsc(competitionId, jurorId);
        var refs = applications.findAll(held.stream().map(ReviewAssignment::getApplicationId).toList()).stream()
                .collect(Collectors.toMap(ApplicationRef::applicationId, Function.identity()));
        return held.stream().map(a -> row(a, refs.get(a.getApplicationId()))).toList();
    }

    /**
     * The eligible applications of a direction the juror could be added to by hand (not theirs
     * already, no conflict), those with the fewest reviewers first.
     */
    @Transactional(readOnly = true)
    public List<ApplicationChoice> assignable(long competitionId, long directionId, long jurorId) {
        access.requireAdministered(competitionId);
        var held = assignments.findByCompetitionIdOrderByIdAsc(competitionId);
        var reviewers = held.stream().filter(a -> a.getState().isActive())
                .collect(Collectors.groupingBy(ReviewAssignment::getApplicationId, Collectors.counting()));
        var closed = new HashSet<Long>();
        held.stream().filter(a -> a.getJurorId() == jurorId).forEach(a -> closed.add(a.getApplicationId()));
        conflicts.findByCompetitionId(competitionId).stream().filter(c -> c.getJurorId() == jurorId)
                .forEach(c -> closed.add(c.getApplicationId()));
        return applications.eligible(competitionId).stream()
                .filter(a -> Objects.equals(a.directionId(), directionId) && !closed.contains(a.applicationId()))
                .map(a -> new ApplicationChoice(a.applicationId(), a.referenceNumber(), a.title(),
                        reviewers.getOrDefault(a.applicationId(), 0L).intValue()))
                .sorted(Comparator.comparingInt(ApplicationChoice::reviewers)
                        .thenComparingLong(ApplicationChoice::applicationId))
                .toList();
    }

    private static AssignmentRow row(ReviewAssignment assignment, @Nullable ApplicationRef application) {
        return new AssignmentRow(assignment.getId(), assignment.getApplicationId(),
                application == null ? null : application.referenceNumber(),
                application == null ? "" : application.title(), assignment.getDirectionId(),
                assignment.getJurorId(), assignment.getState(), assignment.isAutomatic(), assignment.getAssignedAt());
    }

    /** For administrators' steps: a competition of an organiser they administer. */
    private CompetitionOverview competition(long competitionId) {
        return access.requireAdministered(competitionId);
    }
}
