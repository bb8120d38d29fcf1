package kz.urpaq.demo;

import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.CompetitionSpec;
import kz.urpaq.competition.DefaultCriteria;
import kz.urpaq.competition.DefaultDirections;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.review.AssignmentService;
import kz.urpaq.review.ProgressService;
import kz.urpaq.review.ScoreDraft;
import kz.urpaq.review.ScoreEntry;
import kz.urpaq.review.ScoreSheetService;
import kz.urpaq.review.ScoreSheetView;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.ScreeningService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeds a smaller round of the same programme that is under review now, so that a juror who signs
 * in on the demo finds work waiting: twelve applicants (the demo applicant Аружан among them)
 * submitted before a deadline a month ago, the organisers found them all eligible, the real
 * assignment gave every application to the three demo jurors of its direction, and each juror has
 * submitted some score sheets and drafted others. The calendar counts back from the day of the
 * first start, so the review deadline is twelve days ahead of it. Everything goes through the real
 * services, as the people of each role, at the instants it happened ({@link DemoClock};
 * docs/decisions/011-demo-data.md). Idempotent: when the code exists, nothing is seeded.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "urpaq.demo.enabled", havingValue = "true")
class ReviewRoundDemo {

    static final String CODE = "TU-2026-D";
    static final int YEAR = 2026;
    static final String ARUZHAN_EMAIL = "aruzhan@urpaq.local";
    static final int REVIEW_DAYS_LEFT = 12;

    /**
     * What each of a direction's three jurors has done with their assignments, oldest first, by
     * how many applications the direction has: S submitted, D drafted, N not started yet.
     */
    static final Map<Integer, List<String>> SHEETS = Map.of(
            2, List.of("SD", "DS", "SD"),
            3, List.of("SDN", "SSD", "DSD"));

    /** A draft leaves the last criteria unscored: the juror has read that far. */
    private static final int SCORED_IN_A_DRAFT = 3;

    private static final Logger log = LoggerFactory.getLogger(ReviewRoundDemo.class);

    private final CompetitionService competitions;
    private final CompetitionSetupService setup;
    private final ScreeningService screening;
    private final AssignmentService assignments;
    private final ScoreSheetService sheets;
    private final ProgressService progress;
    private final DemoWalker walker;
    private final Clock clock;

    ReviewRoundDemo(CompetitionService competitions, CompetitionSetupService setup, ScreeningService screening,
                    AssignmentService assignments, ScoreSheetService sheets, ProgressService progress,
                    DemoWalker walker, Clock clock) {
        this.competitions = competitions;
        this.setup = setup;
        this.screening = screening;
        this.assignments = assignments;
        this.sheets = sheets;
        this.progress = progress;
        this.walker = walker;
        this.clock = clock;
    }

    /** The round's applicants by e-mail: Аружан, then {@code tu-2026-d.applicant01} to {@code 11}. */
    static Map<String, DemoProjects.Project> applicants() {
        var byEmail = new LinkedHashMap<String, DemoProjects.Project>();
        byEmail.put(ARUZHAN_EMAIL, DemoProjects.DISTRICT_ROUND_ARUZHAN);
        for (int i = 0; i < DemoProjects.DISTRICT_ROUND.size(); i++) {
            byEmail.put(DemoWalker.applicantEmail(CODE, i + 1), DemoProjects.DISTRICT_ROUND.get(i));
        }
        return byEmail;
    }

    /** How many score sheets the seeding submits: fewer in review means an interrupted seeding. */
    static int submittedSheets() {
        var perDirection = new HashMap<String, Integer>();
        applicants().values().forEach(p -> perDirection.merge(p.direction(), 1, Integer::sum));
        return perDirection.values().stream().flatMap(n -> SHEETS.get(n).stream())
                .mapToInt(pattern -> (int) pattern.chars().filter(c -> c == 'S').count()).sum();
    }

    /** Seeds the round unless its code exists; returns the competition's id. */
    synchronized long seed() {
        var existing = SystemTask.run(() -> competitions.findByCode(CODE));
        if (existing.isPresent()) {
            warnIfInterrupted(existing.get());
            return existing.get().id();
        }
        long started = System.nanoTime();
        var threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        var today = LocalDate.now(clock.withZone(Almaty.ZONE));
        long id = walker.seeding(() -> walk(today));
        log.info("Demo data: seeded the competition {} in review in {} ms ({} ms of CPU)", CODE,
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStarted).toMillis());
        return id;
    }

    /**
     * Seeding walks the round step by step and is not resumed: a first start stopped half-way
     * leaves it where it stopped, which the log says at every later start.
     */
    private void warnIfInterrupted(CompetitionOverview competition) {
        var phase = competition.phase();
        if (phase.isBefore(Phase.REVIEW)) {
            log.warn("Demo data: the competition {} stopped at {} instead of REVIEW (an earlier start was interrupted "
                    + "while seeding it). Delete ./data and start again to seed it whole.", CODE, phase);
        } else if (phase == Phase.REVIEW) {
            int submitted = SystemTask.run(() -> progress.board(competition.id())).directions().stream()
                    .mapToInt(d -> d.submitted()).sum();
            int seeded = submittedSheets();
            if (submitted < seeded) {
                log.warn("Demo data: the competition {} holds {} submitted score sheets instead of {} (an earlier "
                        + "start was interrupted while seeding it). Delete ./data and start again to seed it whole.",
                        CODE, submitted, seeded);
            }
        }
    }

    private static Instant day(LocalDate today, int offset, int hour, int minute) {
        return today.plusDays(offset).atTime(LocalTime.of(hour, minute)).atZone(Almaty.ZONE).toInstant();
    }

    private long walk(LocalDate today) {
        var opensAt = day(today, -74, 0, 0);
        var deadline = day(today, -30, 18, 0);
        var reviewDeadline = day(today, REVIEW_DAYS_LEFT, 18, 0);
        var competition = walker.as(DemoData.ADMIN_EMAIL, day(today, -80, 11, 0),
                () -> competitions.create(spec(opensAt, deadline, reviewDeadline)));
        long id = competition.id();
        walker.as(DemoData.ADMIN_EMAIL, day(today, -75, 10, 0), () -> setup.moveTo(id, Phase.OPEN));

        var applicants = applicants();
        walker.registerApplicants(CODE, applicants, Almaty.at(deadline).toLocalDate(), day(today, -74, 12, 0));
        var applicationIds = submitApplications(competition, applicants, opensAt, deadline);

        walker.as(DemoData.ADMIN_EMAIL, day(today, -29, 9, 0), () -> setup.moveTo(id, Phase.SCREENING));
        walker.as(DemoData.ADMIN_EMAIL, day(today, -28, 11, 30),
                () -> screening.decideAll(applicationIds.keySet(), true, ""));
        walker.seatJurors(competition, DemoScores.JURORS, day(today, -27, 10, 0));
        walker.as(DemoData.ADMIN_EMAIL, day(today, -26, 9, 0), () -> setup.moveTo(id, Phase.REVIEW));
        walker.as(DemoData.ADMIN_EMAIL, day(today, -26, 9, 30), () -> assignments.run(id));
        score(competition, applicationIds, day(today, -25, 9, 0));
        return id;
    }

    private CompetitionSpec spec(Instant opensAt, Instant deadline, Instant reviewDeadline) {
        return new CompetitionSpec(CODE, YEAR,
                new LocalizedText("Тәуелсіздік ұрпақтары — " + YEAR + ": аудандық кезең",
                        "Поколения независимости — " + YEAR + ": районный этап",
                        "Generations of Independence — " + YEAR + ": District Round"),
                new LocalizedText("Алматы облысы", "Алматинская область", "Almaty Region"),
                Phase.DRAFT, opensAt, deadline, reviewDeadline, 14, 35, 1, 5, GrantPolicy.PLACE_WINNERS,
                BigDecimal.valueOf(50), 1_000_000L, Map.of(1, 1_000_000L),
                DefaultDirections.all(), DefaultCriteria.all());
    }

    /**
     * Every applicant writes, attaches and submits their project at a distinct instant, more of
     * them as the deadline nears. Returns each application's project.
     */
    private Map<Long, DemoProjects.Project> submitApplications(CompetitionOverview competition,
                                                               Map<String, DemoProjects.Project> applicants,
                                                               Instant opensAt, Instant deadline) {
        var random = new Random(DemoScores.SEED ^ CODE.hashCode());
        var emails = List.copyOf(applicants.keySet());
        var order = new ArrayList<Integer>();
        for (int i = 0; i < emails.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        var times = DemoWalker.submissions(order.size(), random, opensAt, deadline);
        var directionIds = new HashMap<String, Long>();
        competition.directions().forEach(d -> directionIds.put(d.code(), d.id()));
        var files = new DemoWalker.DemoFiles(competition.title().kk());
        var submitted = new LinkedHashMap<Long, DemoProjects.Project>();
        for (int slot = 0; slot < order.size(); slot++) {
            int index = order.get(slot);
            var email = emails.get(index);
            var project = applicants.get(email);
            var content = DemoWalker.content(project, index, directionIds.get(project.direction()), YEAR);
            submitted.put(walker.apply(email, competition.id(), content, files, project, times.get(slot).begun(),
                    times.get(slot).submittedAt()), project);
        }
        return submitted;
    }

    /**
     * Each juror works through their assignments over the review weeks as {@link #SHEETS} says:
     * a submitted sheet scores every criterion, now and then with a comment to the applicant; a
     * draft only the first criteria.
     */
    private void score(CompetitionOverview competition, Map<Long, DemoProjects.Project> applicationIds,
                       Instant firstDay) {
        var random = new Random(DemoScores.SEED + CODE.hashCode());
        var quality = new HashMap<Long, Double>();
        applicationIds.keySet().forEach(id -> quality.put(id, 3.5 + random.nextDouble() * 5.5));
        for (var direction : competition.directions()) {
            int applications = (int) applicationIds.values().stream()
                    .filter(p -> p.direction().equals(direction.code())).count();
            if (applications == 0) {
                continue;
            }
            for (int number = 1; number <= DemoScores.JURORS; number++) {
                var pattern = SHEETS.get(applications).get(number - 1);
                var email = DemoWalker.jurorEmail(direction.code(), number);
                long jurorId = walker.accountId(email, firstDay);
                var rows = walker.as(DemoData.ADMIN_EMAIL, firstDay,
                        () -> assignments.assignmentsOf(competition.id(), jurorId));
                for (int k = 0; k < rows.size() && k < pattern.length(); k++) {
                    var row = rows.get(k);
                    var step = pattern.charAt(k);
                    if (step == 'N') {
                        continue;
                    }
                    var project = applicationIds.get(row.applicationId());
                    var scored = step == 'S' ? competition.criteria().size() : SCORED_IN_A_DRAFT;
                    var entries = new ArrayList<ScoreEntry>();
                    for (int c = 0; c < competition.criteria().size(); c++) {
                        var criterion = competition.criteria().get(c);
                        var value = quality.get(row.applicationId()) + random.nextGaussian() * 0.9;
                        entries.add(new ScoreEntry(criterion.id(), c < scored
                                ? (int) Math.max(0, Math.min(criterion.scaleMax(), Math.round(value))) : null, ""));
                    }
                    var comment = step == 'S' && random.nextInt(3) == 0 ? (project.russian()
                            ? DemoProjects.COMMENTS_RU : DemoProjects.COMMENTS_KK).get(random.nextInt(4)) : "";
                    var draft = new ScoreDraft(ScoreSheetView.NO_SHEET, entries, "", comment);
                    var when = firstDay.plus(Duration.ofDays(k * 6L + (number - 1) * 2L))
                            .plus(Duration.ofMinutes(60L * (1 + number) + 7L * k));
                    walker.as(email, when, () -> step == 'S' ? sheets.submit(row.assignmentId(), draft)
                            : sheets.saveDraft(row.assignmentId(), draft));
                }
            }
        }
    }
}
