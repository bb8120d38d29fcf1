package kz.urpaq.review;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditTrail;
import kz.urpaq.base.domain.NoSuchRecordException;
import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionOverview.CriterionView;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.Phase;
import kz.urpaq.review.ScoreSheetRefusedException.Reason;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.submission.ApplicationDirectory;
import kz.urpaq.submission.BlindReadingService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Score sheets (domain.md §6): a juror reads and scores only their own assignments, only while the
 * competition is in review, changes them only before the review deadline, and never once
 * submitted or declined. Two tabs never overwrite each other: every save names the version it
 * read. Administrators reopen submitted sheets with a reason and see the scores of an application.
 */
@Service
@PreAuthorize("hasRole('JURY')")
@Transactional
public class ScoreSheetService {

    public static final int REOPEN_REASON_MAX_LENGTH = 1000;

    private final ReviewAssignmentRepository assignments;
    private final ReviewConflictRepository conflicts;
    private final ScoreSheetRepository sheets;
    private final CompetitionService competitions;
    private final BlindReadingService blindReading;
    private final ApplicationDirectory applications;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final CompetitionAccess access;

    ScoreSheetService(ReviewAssignmentRepository assignments, ReviewConflictRepository conflicts,
                      ScoreSheetRepository sheets, CompetitionService competitions, BlindReadingService blindReading,
                      ApplicationDirectory applications, AuditTrail audit, CurrentUser currentUser, Clock clock, CompetitionAccess access) {
        this.access = access;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.sheets = sheets;
        this.competitions = competitions;
        this.blindReading = blindReading;
        this.applications = applications;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The caller's assignments in competitions under review, declined ones left out, oldest first. */
    @Transactional(readOnly = true)
    public List<MyAssignment> mine() {
        long me = currentUser.require().accountId();
        var held = assignments.findByJurorIdOrderByIdAsc(me).stream().filter(a -> a.getState().isActive()).toList();
        var inReview = new HashMap<Long, Optional<CompetitionOverview>>();
        held.forEach(a -> inReview.computeIfAbsent(a.getCompetitionId(),
                id -> competitions.findById(id).filter(c -> c.phase() == Phase.REVIEW)));
        var visible = held.stream().filter(a -> inReview.get(a.getCompetitionId()).isPresent()).toList();
        var titles = blindReading.titles(visible.stream().map(ReviewAssignment::getApplicationId).toList());
        return visible.stream().filter(a -> titles.containsKey(a.getApplicationId())).map(a -> {
            var competition = inReview.get(a.getCompetitionId()).orElseThrow();
            return new MyAssignment(Objects.requireNonNull(a.getId()), a.getApplicationId(),
                    titles.get(a.getApplicationId()), a.getState(), competition.id(), competition.title(),
                    competition.reviewDeadline());
        }).toList();
    }

    /** The caller's next unfinished assignment after this one (wrapping round), if any is left. */
    @Transactional(readOnly = true)
    public Optional<Long> nextUnfinished(long currentAssignmentId) {
        var open = mine().stream().filter(a -> a.state().isOpen()).map(MyAssignment::assignmentId).toList();
        return open.stream().filter(id -> id > currentAssignmentId).findFirst()
                .or(() -> open.stream().filter(id -> id != currentAssignmentId).findFirst());
    }

    /** The caller's sheet for their assignment; an empty one if nothing was saved yet. */
    @Transactional(readOnly = true)
    public ScoreSheetView sheet(long assignmentId) {
        var assignment = own(assignmentId);
        var competition = readable(assignment);
        return view(assignment, competition, sheets.findByAssignmentId(assignmentId).orElse(null));
    }

    /** Saves the sheet as a draft: scores may be missing, but none outside its scale. */
    public ScoreSheetView saveDraft(long assignmentId, ScoreDraft draft) {
        var assignment = own(assignmentId);
        var competition = changeable(assignment);
        var sheet = write(assignment, competition, draft);
        if (assignment.getState() == AssignmentState.NEW) {
            assignment.moveTo(AssignmentState.DRAFT, clock.instant());
        }
        return view(assignment, competition, sheet);
    }

    /** Saves and submits the sheet: every criterion needs a score. A submitted sheet is read-only. */
    public ScoreSheetView submit(long assignmentId, ScoreDraft draft) {
        var assignment = own(assignmentId);
        var competition = changeable(assignment);
        var sheet = write(assignment, competition, draft);
        var scores = sheet.getEntries().stream().filter(e -> e.score() != null)
                .collect(Collectors.toMap(ScoreEntry::criterionId, ScoreEntry::score));
        for (var criterion : competition.criteria()) {
            if (!scores.containsKey(criterion.id())) {
                throw new ScoreSheetRefusedException(Reason.SCORE_MISSING, criterion.name());
            }
        }
        var before = assignment.getState().name();
        var now = clock.instant();
        sheet.submit(now);
        assignment.moveTo(AssignmentState.SUBMITTED, now);
        var total = WeightedTotal.of(competition.criteria(), scores).setScale(2, RoundingMode.HALF_UP);
        audit.record(AuditAction.SCORE_SUBMITTED, "score-sheet", sheet.getId(), competition.id(), before,
                AssignmentState.SUBMITTED.name(), "application=" + assignment.getApplicationId() + " total="
                        + total.toPlainString());
        return view(assignment, competition, sheet);
    }

    /**
     * An administrator gives a submitted sheet back to its juror, with a reason (audited). The
     * juror can change it again only while review is open and before its deadline.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void reopen(long assignmentId, String reason) {
        var text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new ScoreSheetRefusedException(Reason.REASON_REQUIRED);
        }
        if (text.length() > REOPEN_REASON_MAX_LENGTH) {
            throw new ScoreSheetRefusedException(Reason.TEXT_TOO_LONG, REOPEN_REASON_MAX_LENGTH);
        }
        var assignment = assignments.findById(assignmentId)
                .filter(a -> access.administers(a.getCompetitionId()))
                .orElseThrow(() -> new NoSuchRecordException(CompetitionAccess.NOT_FOUND));
        var competition = competition(assignment.getCompetitionId());
        if (competition.phase() != Phase.REVIEW) {
            throw new ScoreSheetRefusedException(Reason.WRONG_PHASE);
        }
        var sheet = sheets.findByAssignmentId(assignmentId).filter(s -> s.getSubmittedAt() != null)
                .orElseThrow(() -> new ScoreSheetRefusedException(Reason.NOT_SUBMITTED));
        var now = clock.instant();
        sheet.reopen(now);
        assignment.moveTo(AssignmentState.DRAFT, now);
        audit.record(AuditAction.SCORE_REOPENED, "score-sheet", sheet.getId(), competition.id(),
                AssignmentState.SUBMITTED.name(), AssignmentState.DRAFT.name(),
                "application=" + assignment.getApplicationId() + " juror=" + assignment.getJurorId() + ": " + text);
    }

    /**
     * For administrators: every sheet of an application with totals, mean, spread and the variance
     * flag against the competition's threshold, computed as the ranking computes them (the submitted
     * sheets only); empty for an unknown application.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<ApplicationScores> scores(long applicationId) {
        var application = applications.find(applicationId);
        if (application.isEmpty()) {
            return Optional.empty();
        }
        var competition = competition(application.get().competitionId());
        var held = assignments.findByApplicationIdOrderByIdAsc(applicationId).stream()
                .collect(Collectors.toMap(ReviewAssignment::getId, Function.identity()));
        var rows = new ArrayList<ApplicationScores.Sheet>();
        var submittedTotals = new ArrayList<BigDecimal>();
        for (var sheet : sheets.findByApplicationIdOrderByIdAsc(applicationId)) {
            var scores = new HashMap<Long, Integer>();
            sheet.getEntries().stream().filter(e -> e.score() != null).forEach(e -> scores.put(e.criterionId(), e.score()));
            var total = WeightedTotal.of(competition.criteria(), scores);
            if (sheet.getSubmittedAt() != null) {
                submittedTotals.add(total);
            }
            var assignment = held.get(sheet.getAssignmentId());
            rows.add(new ApplicationScores.Sheet(sheet.getAssignmentId(), sheet.getJurorId(),
                    assignment == null ? AssignmentState.DECLINED : assignment.getState(), sheet.getEntries(), total,
                    sheet.getCommentToOrganisers(), sheet.getCommentToApplicant(), sheet.getSubmittedAt()));
        }
        var mean = submittedTotals.isEmpty() ? BigDecimal.ZERO : WeightedTotal.mean(submittedTotals);
        var spread = WeightedTotal.standardDeviation(submittedTotals, mean);
        var threshold = competition.varianceThreshold();
        return Optional.of(new ApplicationScores(applicationId, competition.criteria(), List.copyOf(rows),
                submittedTotals.size(), mean, spread, threshold, WeightedTotal.aboveThreshold(spread, threshold)));
    }

    private ScoreSheet write(ReviewAssignment assignment, CompetitionOverview competition, ScoreDraft draft) {
        var existing = sheets.findByAssignmentId(Objects.requireNonNull(assignment.getId()));
        if (existing.filter(s -> s.getSubmittedAt() != null).isPresent()) {
            throw new ScoreSheetRefusedException(Reason.SUBMITTED);
        }
        long current = existing.map(ScoreSheet::getVersion).orElse(ScoreSheetView.NO_SHEET);
        if (draft.expectedVersion() != current) {
            throw new ScoreSheetRefusedException(Reason.STALE);
        }
        var entries = normalise(competition.criteria(), draft);
        var now = clock.instant();
        var sheet = existing.orElseGet(() -> new ScoreSheet(assignment, now));
        sheet.write(entries, text(draft.commentToOrganisers(), ScoreSheet.COMMENT_MAX_LENGTH),
                text(draft.commentToApplicant(), ScoreSheet.COMMENT_MAX_LENGTH), now);
        try {
            return sheets.saveAndFlush(sheet);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            // Another tab saved between our read and our write.
            throw new ScoreSheetRefusedException(Reason.STALE);
        }
    }

    /** One entry per criterion, in the competition's order; unknown criteria and scores off the scale refused. */
    private static List<ScoreEntry> normalise(List<CriterionView> criteria, ScoreDraft draft) {
        var byId = new HashMap<Long, ScoreEntry>();
        for (var entry : draft.entries()) {
            if (criteria.stream().noneMatch(c -> c.id() == entry.criterionId())) {
                throw new ScoreSheetRefusedException(Reason.UNKNOWN_CRITERION);
            }
            byId.put(entry.criterionId(), entry);
        }
        var entries = new ArrayList<ScoreEntry>();
        for (var criterion : criteria) {
            var entry = byId.get(criterion.id());
            var score = entry == null ? null : entry.score();
            if (score != null && (score < 0 || score > criterion.scaleMax())) {
                throw new ScoreSheetRefusedException(Reason.SCORE_OUT_OF_RANGE, criterion.name(), criterion.scaleMax());
            }
            entries.add(new ScoreEntry(criterion.id(), score,
                    text(entry == null ? null : entry.comment(), ScoreSheet.CRITERION_COMMENT_MAX_LENGTH)));
        }
        return entries;
    }

    private static String text(String value, int max) {
        var text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new ScoreSheetRefusedException(Reason.TEXT_TOO_LONG, max);
        }
        return text;
    }

    private ReviewAssignment own(long assignmentId) {
        long me = currentUser.require().accountId();
        return assignments.findById(assignmentId).filter(a -> a.getJurorId() == me)
                .orElseThrow(() -> new AccessDeniedException("not an assignment of the caller"));
    }

    private CompetitionOverview readable(ReviewAssignment assignment) {
        if (assignment.getState() == AssignmentState.DECLINED || conflicts.findByApplicationIdAndJurorId(
                assignment.getApplicationId(), assignment.getJurorId()).isPresent()) {
            throw new ScoreSheetRefusedException(Reason.DECLINED);
        }
        var competition = competition(assignment.getCompetitionId());
        if (competition.phase() != Phase.REVIEW) {
            throw new ScoreSheetRefusedException(Reason.WRONG_PHASE);
        }
        return competition;
    }

    private CompetitionOverview changeable(ReviewAssignment assignment) {
        var competition = readable(assignment);
        if (!beforeDeadline(competition)) {
            throw new ScoreSheetRefusedException(Reason.DEADLINE_PASSED);
        }
        return competition;
    }

    private boolean beforeDeadline(CompetitionOverview competition) {
        return competition.reviewDeadline() != null && clock.instant().isBefore(competition.reviewDeadline());
    }

    private ScoreSheetView view(ReviewAssignment assignment, CompetitionOverview competition, ScoreSheet sheet) {
        boolean submitted = sheet != null && sheet.getSubmittedAt() != null;
        return new ScoreSheetView(Objects.requireNonNull(assignment.getId()), assignment.getApplicationId(),
                competition.id(), competition.title(), assignment.getState(),
                sheet == null ? ScoreSheetView.NO_SHEET : sheet.getVersion(), competition.criteria(),
                sheet == null ? List.of() : sheet.getEntries(), sheet == null ? "" : sheet.getCommentToOrganisers(),
                sheet == null ? "" : sheet.getCommentToApplicant(), sheet == null ? null : sheet.getSubmittedAt(),
                competition.reviewDeadline(), !submitted && competition.phase() == Phase.REVIEW
                && beforeDeadline(competition));
    }

    private CompetitionOverview competition(long competitionId) {
        return competitions.findById(competitionId)
                .orElseThrow(() -> new IllegalArgumentException("no competition " + competitionId));
    }
}
