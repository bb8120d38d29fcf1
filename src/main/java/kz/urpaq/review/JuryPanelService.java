package kz.urpaq.review;

import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.review.AssignmentRefusedException.Reason;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.Role;
import kz.urpaq.submission.ApplicationDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The jury panels of a competition: one per direction, each juror with a cap. Administrators only. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class JuryPanelService {

    private final CompetitionService competitions;
    private final AccountService accounts;
    private final ApplicationDirectory applications;
    private final JurorDirectory jurors;
    private final PanelMemberRepository members;
    private final ReviewAssignmentRepository assignments;
    private final AssignmentLedger ledger;
    private final Clock clock;

    private final CompetitionAccess access;

    JuryPanelService(CompetitionService competitions, AccountService accounts, ApplicationDirectory applications,
                     JurorDirectory jurors, PanelMemberRepository members, ReviewAssignmentRepository assignments,
                     AssignmentLedger ledger, Clock clock, CompetitionAccess access) {
        this.access = access;
        this.competitions = competitions;
        this.accounts = accounts;
        this.applications = applications;
        this.jurors = jurors;
        this.members = members;
        this.assignments = assignments;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Every direction's panel, in the competition's order of directions, jurors by name. */
    @Transactional(readOnly = true)
    public List<JuryPanel> panels(long competitionId) {
        var competition = competition(competitionId);
        var all = members.findByCompetitionIdOrderByDirectionIdAscIdAsc(competitionId);
        var held = assignments.findByCompetitionIdOrderByIdAsc(competitionId);
        var snapshot = jurors.snapshot(competitionId, all.stream().map(PanelMember::getJurorId).toList());
        var eligible = applications.eligible(competitionId).stream()
                .collect(Collectors.groupingBy(a -> Objects.requireNonNull(a.directionId()), Collectors.counting()));
        int k = competition.reviewersPerApplication();
        return competition.directions().stream().map(direction -> {
            var seats = all.stream().filter(m -> m.getDirectionId() == direction.id()).map(m -> {
                var mine = held.stream().filter(a -> a.getDirectionId() == direction.id()
                        && a.getJurorId() == m.getJurorId()).toList();
                return new JuryPanel.Seat(m.getJurorId(), snapshot.name(m.getJurorId()), snapshot.email(m.getJurorId()),
                        m.getCap(), (int) mine.stream().filter(a -> a.getState().isActive()).count(),
                        (int) mine.stream().filter(a -> a.getState().isOpen()).count(),
                        snapshot.status(m.getJurorId()));
            }).sorted(Comparator.comparing(JuryPanel.Seat::displayName).thenComparingLong(JuryPanel.Seat::jurorId))
                    .toList();
            int applicationCount = eligible.getOrDefault(direction.id(), 0L).intValue();
            return new JuryPanel(direction.id(), direction.name(), seats, applicationCount, applicationCount * k);
        }).toList();
    }

    /**
     * The juror accounts that could join the direction's panel: enabled, not on it yet, and
     * without an application in the competition.
     */
    @Transactional(readOnly = true)
    public List<JurorChoice> candidates(long competitionId, long directionId) {
        var competition = competition(competitionId);
        requireDirection(competition, directionId);
        var seated = new HashSet<Long>();
        members.findByCompetitionIdOrderByDirectionIdAscIdAsc(competitionId).stream()
                .filter(m -> m.getDirectionId() == directionId).forEach(m -> seated.add(m.getJurorId()));
        var applicants = applications.applicantIds(competitionId);
        return accounts.members(competition.organiserId(), Role.JURY).stream()
                .filter(a -> a.enabled() && !seated.contains(a.id()) && !applicants.contains(a.id()))
                .map(a -> new JurorChoice(a.id(), a.displayName(), a.email()))
                .toList();
    }

    public void addMember(long competitionId, long directionId, long jurorId, int cap) {
        var competition = competition(competitionId);
        ReviewPhases.require(competition, ReviewPhases.PANELS);
        requireDirection(competition, directionId);
        requireCapInRange(cap);
        members.lockCompetition(competitionId);
        switch (jurors.snapshot(competitionId, List.of(jurorId)).status(jurorId)) {
            case NOT_A_JUROR -> throw new AssignmentRefusedException(Reason.NOT_A_JUROR);
            case DISABLED -> throw new AssignmentRefusedException(Reason.JUROR_DISABLED);
            case APPLIED -> throw new AssignmentRefusedException(Reason.JUROR_APPLIED);
            case AVAILABLE -> {
            }
        }
        if (members.findByDirectionIdAndJurorId(directionId, jurorId).isPresent()) {
            throw new AssignmentRefusedException(Reason.ALREADY_ON_PANEL);
        }
        members.save(new PanelMember(competitionId, directionId, jurorId, cap, clock.instant()));
    }

    /** A new cap; never below what the juror already holds in the direction. */
    public void changeCap(long competitionId, long directionId, long jurorId, int cap) {
        var competition = competition(competitionId);
        ReviewPhases.require(competition, ReviewPhases.PANELS);
        requireCapInRange(cap);
        members.lockCompetition(competitionId);
        var member = members.findByDirectionIdAndJurorId(directionId, jurorId)
                .filter(m -> m.getCompetitionId() == competitionId)
                .orElseThrow(() -> new AssignmentRefusedException(Reason.NOT_ON_PANEL));
        int load = assignments.countActive(directionId, jurorId);
        if (cap < load) {
            throw new AssignmentRefusedException(Reason.CAP_BELOW_LOAD, load);
        }
        member.changeCap(cap);
    }

    /**
     * Takes the juror off the panel. Their unfinished assignments in the direction are released
     * (each one audited) for the next assignment run to fill; submitted reviews stay and count.
     *
     * @return how many assignments were released
     */
    public int removeMember(long competitionId, long directionId, long jurorId) {
        var competition = competition(competitionId);
        ReviewPhases.require(competition, ReviewPhases.PANELS);
        members.lockCompetition(competitionId);
        var member = members.findByDirectionIdAndJurorId(directionId, jurorId)
                .filter(m -> m.getCompetitionId() == competitionId)
                .orElseThrow(() -> new AssignmentRefusedException(Reason.NOT_ON_PANEL));
        var open = assignments.findByCompetitionIdAndJurorIdOrderByIdAsc(competitionId, jurorId).stream()
                .filter(a -> a.getDirectionId() == directionId && a.getState().isOpen())
                .toList();
        open.forEach(a -> ledger.release(a, "removed-from-panel"));
        members.delete(member);
        return open.size();
    }

    private CompetitionOverview competition(long competitionId) {
        return access.requireAdministered(competitionId);
    }

    static void requireDirection(CompetitionOverview competition, long directionId) {
        if (competition.directions().stream().noneMatch(d -> d.id() == directionId)) {
            throw new AssignmentRefusedException(Reason.NO_SUCH_DIRECTION);
        }
    }

    private static void requireCapInRange(int cap) {
        if (cap < 1 || cap > PanelMember.MAX_CAP) {
            throw new AssignmentRefusedException(Reason.CAP_OUT_OF_RANGE, PanelMember.MAX_CAP);
        }
    }
}
