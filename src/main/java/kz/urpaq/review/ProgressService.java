package kz.urpaq.review;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.Mailer;
import kz.urpaq.review.ProgressBoard.DirectionProgress;
import kz.urpaq.review.ProgressBoard.JurorProgress;
import kz.urpaq.submission.ApplicationDirectory;
import kz.urpaq.submission.ApplicationRef;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The progress board of a competition's review, and reminders to jurors with open work. Administrators only. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class ProgressService {

    private final CompetitionService competitions;
    private final ApplicationDirectory applications;
    private final JurorDirectory jurors;
    private final PanelMemberRepository members;
    private final ReviewAssignmentRepository assignments;
    private final Mailer mailer;
    private final I18NProvider i18n;
    private final Clock clock;
    private final int dueSoonDays;
    private final String baseUrl;

    private final CompetitionAccess access;

    ProgressService(CompetitionService competitions, ApplicationDirectory applications, JurorDirectory jurors,
                    PanelMemberRepository members, ReviewAssignmentRepository assignments, Mailer mailer,
                    I18NProvider i18n, Clock clock, @Value("${urpaq.review.due-soon-days:3}") int dueSoonDays,
                    @Value("${urpaq.public-base-url}") String baseUrl, CompetitionAccess access) {
        this.access = access;
        this.competitions = competitions;
        this.applications = applications;
        this.jurors = jurors;
        this.members = members;
        this.assignments = assignments;
        this.mailer = mailer;
        this.i18n = i18n;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
        this.baseUrl = baseUrl;
    }

    public ProgressBoard board(long competitionId) {
        var competition = competition(competitionId);
        var now = clock.instant();
        var panel = members.findByCompetitionIdOrderByDirectionIdAscIdAsc(competitionId);
        var held = assignments.findByCompetitionIdOrderByIdAsc(competitionId);
        var jurorIds = new HashSet<Long>();
        panel.forEach(m -> jurorIds.add(m.getJurorId()));
        held.forEach(a -> jurorIds.add(a.getJurorId()));
        var snapshot = jurors.snapshot(competitionId, jurorIds);
        var eligible = applications.eligible(competitionId);
        int k = competition.reviewersPerApplication();

        var directions = competition.directions().stream().map(direction -> {
            var apps = eligible.stream().filter(a -> Objects.equals(a.directionId(), direction.id()))
                    .map(ApplicationRef::applicationId).collect(Collectors.toSet());
            var here = held.stream().filter(a -> a.getDirectionId() == direction.id()).toList();
            var caps = new TreeMap<Long, Integer>();
            panel.stream().filter(m -> m.getDirectionId() == direction.id())
                    .forEach(m -> caps.put(m.getJurorId(), m.getCap()));
            var people = new HashSet<>(caps.keySet());
            here.forEach(a -> people.add(a.getJurorId()));
            var rows = people.stream().map(juror -> {
                var mine = here.stream().filter(a -> a.getJurorId() == juror).toList();
                int assigned = count(mine, null);
                int drafted = count(mine, AssignmentState.DRAFT);
                int submitted = count(mine, AssignmentState.SUBMITTED);
                int declined = count(mine, AssignmentState.DECLINED);
                return new JurorProgress(juror, snapshot.name(juror), snapshot.email(juror), caps.get(juror),
                        assigned, drafted, submitted, declined,
                        lateness(assigned - submitted, competition.reviewDeadline(), now));
            }).sorted(Comparator.comparing(JurorProgress::displayName).thenComparingLong(JurorProgress::jurorId))
                    .toList();
            var reviewers = here.stream().filter(a -> a.getState().isActive() && apps.contains(a.getApplicationId()))
                    .collect(Collectors.groupingBy(ReviewAssignment::getApplicationId, Collectors.counting()));
            int missing = apps.stream().mapToInt(a -> (int) Math.max(0, k - reviewers.getOrDefault(a, 0L))).sum();
            return new DirectionProgress(direction.id(), direction.name(), apps.size(), apps.size() * k,
                    count(here, null), count(here, AssignmentState.DRAFT), count(here, AssignmentState.SUBMITTED),
                    missing, rows);
        }).toList();
        return new ProgressBoard(competitionId, competition.reviewDeadline(), now, dueSoonDays, k, directions);
    }

    /** Active assignments in the given state, or all active ones for {@code null}. */
    private static int count(List<ReviewAssignment> assignments, @Nullable AssignmentState state) {
        return (int) assignments.stream()
                .filter(a -> state == null ? a.getState().isActive() : a.getState() == state).count();
    }

    Lateness lateness(int open, @Nullable Instant deadline, Instant now) {
        if (open == 0 || deadline == null) {
            return Lateness.ON_TRACK;
        }
        if (!now.isBefore(deadline)) {
            return Lateness.OVERDUE;
        }
        return Duration.between(now, deadline).compareTo(Duration.ofDays(dueSoonDays)) < 0
                ? Lateness.DUE_SOON : Lateness.ON_TRACK;
    }

    /**
     * Mails every enabled juror who has unfinished work in the competition, once, in their own
     * language: how many reviews are open, the deadline, and where to continue.
     *
     * @return how many jurors were mailed
     */
    @Transactional
    public int sendReminders(long competitionId) {
        var competition = competition(competitionId);
        ReviewPhases.require(competition, ReviewPhases.ASSIGNMENT);
        var open = assignments.findByCompetitionIdOrderByIdAsc(competitionId).stream()
                .filter(a -> a.getState().isOpen())
                .collect(Collectors.groupingBy(ReviewAssignment::getJurorId, TreeMap::new, Collectors.counting()));
        var snapshot = jurors.snapshot(competitionId, open.keySet());
        int sent = 0;
        for (Map.Entry<Long, Long> entry : open.entrySet()) {
            var account = snapshot.accounts().get(entry.getKey());
            if (account == null || !account.enabled()) {
                continue;
            }
            var locale = account.language().locale();
            var subject = i18n.getTranslation("mail.review-reminder.subject", locale,
                    competition.title().in(locale));
            var body = i18n.getTranslation("mail.review-reminder.body", locale, account.displayName(),
                    competition.title().in(locale), entry.getValue(), deadline(competition),
                    baseUrl + "/reviews");
            mailer.send(Mail.of(MailKind.REVIEW_REMINDER, account.email(), account.language(), subject, body)
                    .about("account", entry.getKey()).inCompetition(competitionId));
            sent++;
        }
        return sent;
    }

    private static String deadline(CompetitionOverview competition) {
        var deadline = competition.reviewDeadline();
        return deadline == null ? "—" : Almaty.dateTime(deadline);
    }

    private CompetitionOverview competition(long competitionId) {
        return access.requireAdministered(competitionId);
    }
}
