package kz.urpaq.demo;

import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.certificate.CertificateService;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.CompetitionSpec;
import kz.urpaq.competition.DefaultCriteria;
import kz.urpaq.competition.DefaultDirections;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.ResultsService;
import kz.urpaq.review.AssignmentService;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeds a finished competition: sixty applicants submit their projects before the deadline, the
 * organisers screen them all eligible, three jurors per direction score every project, and the
 * results are finalised and announced. Everything goes through the real services, as the people
 * of each role and at the moments of that year, by {@link DemoClock}: the services check the
 * past competition exactly as they check a live one (docs/decisions/011-demo-data.md).
 * Idempotent: a competition whose code exists is left alone.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "urpaq.demo.enabled", havingValue = "true")
public class FinishedCompetitionDemo {

    public static final String CODE = "TU-2025";
    public static final int YEAR = 2025;

    static final List<String> CRITERIA = List.of("relevance", "novelty", "feasibility", "impact", "budget");

    private static final Logger log = LoggerFactory.getLogger(FinishedCompetitionDemo.class);

    private final CompetitionService competitions;
    private final CompetitionSetupService setup;
    private final ScreeningService screening;
    private final AssignmentService assignments;
    private final ScoreSheetService sheets;
    private final ResultsService results;
    private final CertificateService certificates;
    private final DemoWalker walker;
    private final kz.urpaq.submission.ApplicationService applications;
    private final kz.urpaq.submission.conversation.ConversationService conversations;
    private final kz.urpaq.results.AppealService appeals;

    FinishedCompetitionDemo(CompetitionService competitions, CompetitionSetupService setup,
                            ScreeningService screening, AssignmentService assignments, ScoreSheetService sheets,
                            ResultsService results, CertificateService certificates, DemoWalker walker,
                            kz.urpaq.submission.ApplicationService applications,
                            kz.urpaq.submission.conversation.ConversationService conversations,
                            kz.urpaq.results.AppealService appeals) {
        this.applications = applications;
        this.conversations = conversations;
        this.appeals = appeals;
        this.competitions = competitions;
        this.setup = setup;
        this.screening = screening;
        this.assignments = assignments;
        this.sheets = sheets;
        this.results = results;
        this.certificates = certificates;
        this.walker = walker;
    }

    /**
     * Seeds a finished competition of that year with this code, walked up to {@code stopAt}:
     * {@link Phase#DELIBERATION} (every score in, results not finalised: an administrator can
     * finalise and announce it) or {@link Phase#ANNOUNCED} (finalised and public). Needs the demo
     * administrator and jurors that {@code DemoData} seeds. Returns the competition's id; when the
     * code exists, that competition's, untouched.
     */
    public synchronized long seed(String code, int year, Phase stopAt) {
        if (stopAt != Phase.DELIBERATION && stopAt != Phase.ANNOUNCED) {
            throw new IllegalArgumentException("a finished demo competition stops in DELIBERATION or ANNOUNCED");
        }
        if (year < 2024 || year > 2031) {
            // The applicants were born 1996–2010: only then are they all within the age band of 14 to 35.
            throw new IllegalArgumentException("a finished demo competition is held in 2024 to 2031");
        }
        var existing = SystemTask.run(() -> competitions.findByCode(code));
        if (existing.isPresent()) {
            if (existing.get().phase().isBefore(stopAt)) {
                // Seeding walks the lifecycle through the services, step by step; a first start
                // stopped half-way leaves the competition where it stopped, and it is not resumed.
                log.warn("Demo data: the finished competition {} stopped at {} instead of {} (an earlier start was "
                        + "interrupted while seeding it). Delete ./data and start again to seed it whole.", code,
                        existing.get().phase(), stopAt);
            }
            return existing.get().id();
        }
        long started = System.nanoTime();
        var threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long id = walker.seeding(() -> new Run(code, year).walk(stopAt));
        log.info("Demo data: seeded the finished competition {} up to {} in {} ms ({} ms of CPU)", code, stopAt,
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                Duration.ofNanos(threads.getCurrentThreadCpuTime() - cpuStarted).toMillis());
        return id;
    }

    /** One seeding: the competition's calendar and who does what when. */
    private final class Run {

        private final String code;
        private final int year;
        private final Random random;
        private final DemoScores scores = new DemoScores();
        private final DemoWalker.DemoFiles files;

        private long wall = System.nanoTime();
        private long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();

        Run(String code, int year) {
            this.code = code;
            this.year = year;
            this.random = new Random(DemoScores.SEED ^ code.hashCode());
            this.files = new DemoWalker.DemoFiles("Тәуелсіздік ұрпақтары — " + year);
        }

        /** Seeding runs at every start on a fresh database: how long each stage takes is worth a debug line. */
        private void stage(String done) {
            long cpuNow = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            log.debug("Demo data: {} {}: {} ms ({} ms of CPU)", code, done,
                    Duration.ofNanos(System.nanoTime() - wall).toMillis(), Duration.ofNanos(cpuNow - cpu).toMillis());
            wall = System.nanoTime();
            cpu = cpuNow;
        }

        private Instant at(int month, int day, int hour, int minute) {
            return LocalDateTime.of(year, month, day, hour, minute).atZone(Almaty.ZONE).toInstant();
        }

        long walk(Phase stopAt) {
            var opensAt = at(9, 1, 0, 0);
            var deadline = at(10, 15, 18, 0);
            var reviewDeadline = at(11, 15, 18, 0);
            var competition = walker.as(DemoData.ADMIN_EMAIL, at(8, 20, 11, 0), () -> competitions.create(spec(opensAt,
                    deadline, reviewDeadline)));
            long id = competition.id();
            walker.as(DemoData.ADMIN_EMAIL, at(8, 25, 10, 0), () -> setup.moveTo(id, Phase.OPEN));

            var byEmail = new LinkedHashMap<String, DemoProjects.Project>();
            for (int i = 0; i < DemoProjects.ALL.size(); i++) {
                byEmail.put(DemoWalker.applicantEmail(code, i + 1), DemoProjects.ALL.get(i));
            }
            walker.registerApplicants(code, byEmail, LocalDate.of(year, 10, 15), at(8, 28, 12, 0));
            stage("applicants registered");
            var applicationIds = submitApplications(competition, opensAt, deadline);
            stage("applications submitted");

            walker.as(DemoData.ADMIN_EMAIL, at(10, 16, 9, 0), () -> setup.moveTo(id, Phase.SCREENING));
            if (stopAt == Phase.ANNOUNCED) {
                reviseOne(applicationIds);
            }
            walker.as(DemoData.ADMIN_EMAIL, at(10, 17, 11, 30), () -> screening.decideAll(applicationIds.keySet(), true, ""));
            walker.seatJurors(competition, DemoScores.JURORS, at(10, 18, 10, 0));
            walker.as(DemoData.ADMIN_EMAIL, at(10, 20, 9, 0), () -> setup.moveTo(id, Phase.REVIEW));
            walker.as(DemoData.ADMIN_EMAIL, at(10, 20, 9, 30), () -> assignments.run(id));
            score(competition, applicationIds, at(10, 21, 9, 0));
            stage("review done");
            walker.as(DemoData.ADMIN_EMAIL, at(11, 17, 10, 0), () -> setup.moveTo(id, Phase.DELIBERATION));
            if (stopAt == Phase.ANNOUNCED) {
                walker.as(DemoData.ADMIN_EMAIL, at(11, 25, 11, 0), () -> results.finalise(id));
                walker.as(DemoData.ADMIN_EMAIL, at(11, 25, 12, 0), () -> setup.moveTo(id, Phase.PRELIMINARY));
                appealTwo(id, applicationIds);
                stage("appeals decided");
                walker.as(DemoData.ADMIN_EMAIL, at(12, 1, 12, 0), () -> setup.moveTo(id, Phase.ANNOUNCED));
                walker.as(DemoData.ADMIN_EMAIL, at(12, 2, 10, 0), () -> certificates.issueNow(id));
                stage("certificates issued");
            }
            return id;
        }

        /**
         * Screening (domain.md §13): the organisers ask one applicant about the cost estimate in the
         * conversation and return the application for revision; the applicant answers, fixes the
         * summary and sends it again the next morning, before the organisers mark every application eligible.
         */
        private void reviseOne(Map<Long, int[]> applicationIds) {
            long applicationId = applicationIds.keySet().iterator().next();
            var email = DemoWalker.applicantEmail(code, applicationIds.get(applicationId)[2] + 1);
            walker.as(DemoData.ADMIN_EMAIL, at(10, 16, 10, 0), () -> conversations.write(applicationId,
                    "Сәлеметсіз бе! Қысқаша сипаттамада жобаның қай ауылда өтетіні жазылмаған. Түзетуге қайтарамыз.",
                    null, null));
            walker.as(DemoData.ADMIN_EMAIL, at(10, 16, 10, 5), () -> screening.requestRevision(applicationId,
                    "Қысқаша сипаттамаға жобаның өтетін жерін және қатысушылар санын қосыңыз.", at(10, 17, 10, 0)));
            walker.as(email, at(10, 16, 19, 40), () -> conversations.write(applicationId,
                    "Рақмет, түсіндім. Бүгін кешке түзетіп жіберемін.", null, null));
            walker.as(email, at(10, 16, 20, 15), () -> {
                var content = applications.get(applicationId).content();
                applications.saveDraft(applicationId, new kz.urpaq.submission.ApplicationContent(
                        content.directionId(), content.title(), content.summary()
                        + " Жоба Талғар ауданында өтеді, 40 жас қатысады.", content.relevance(), content.goals(),
                        content.expectedResults(), content.audience(), content.place(), content.videoUrl(),
                        content.milestones(), content.team(), content.budget()));
                applications.submit(applicationId);
            });
        }

        /**
         * Preliminary results (domain.md §13): two applicants appeal. One, ranked fourth in the first
         * direction, shows a juror scored the budget criterion against the wrong estimate: upheld, a
         * shared third place and a grant. The other's appeal is rejected with the reason.
         */
        private void appealTwo(long competitionId, Map<Long, int[]> applicationIds) {
            var ranking = walker.as(DemoData.ADMIN_EMAIL, at(11, 25, 12, 5),
                    () -> results.results(competitionId)).directions().getFirst().rows();
            long fourth = ranking.get(3).computed().applicationId();
            long sixth = ranking.get(5).computed().applicationId();
            var upheldId = walker.as(DemoWalker.applicantEmail(code, applicationIds.get(fourth)[2] + 1),
                    at(11, 26, 18, 30), () -> appeals.file(fourth, "Қазылардың бірі «Бюджет» критерийін бағалағанда "
                            + "жобаның бұрынғы сметасын қараған: жаңартылған сметада шығындар 30 %-ға аз.", null, null)).id();
            var rejectedId = walker.as(DemoWalker.applicantEmail(code, applicationIds.get(sixth)[2] + 1),
                    at(11, 27, 9, 10), () -> appeals.file(sixth, "Жобамның әлеуметтік маңызы жоғары, "
                            + "балл тым төмен қойылды деп ойлаймын.", null, null)).id();
            walker.as(DemoData.ADMIN_EMAIL, at(11, 28, 11, 0), () -> appeals.decide(rejectedId, false,
                    "Баллдар ережеге сай қойылған; апелляция бағаның әділдігін емес, қатені ғана қарайды.", null, false));
            walker.as(DemoData.ADMIN_EMAIL, at(11, 29, 15, 0), () -> appeals.decide(upheldId, true,
                    "Смета қатесі расталды: «Бюджет» критерийі қайта есептелгенде жоба үшінші орынға тең.", 3, true));
        }

        private CompetitionSpec spec(Instant opensAt, Instant deadline, Instant reviewDeadline) {
            return new CompetitionSpec(code, year,
                    new LocalizedText("Тәуелсіздік ұрпақтары — " + year, "Поколения независимости — " + year,
                            "Generations of Independence — " + year),
                    new LocalizedText("Алматы облысы", "Алматинская область", "Almaty Region"),
                    Phase.DRAFT, opensAt, deadline, reviewDeadline, 14, 35, 3, 15, GrantPolicy.PLACE_WINNERS,
                    BigDecimal.valueOf(50), 1_000_000L, Map.of(1, 1_000_000L, 2, 1_000_000L, 3, 1_000_000L),
                    DefaultDirections.all(), DefaultCriteria.all());
        }

        /**
         * Every applicant writes, attaches and submits a project. The submission instants are
         * distinct and crowd towards the deadline, as they do; ties break on them.
         */
        private Map<Long, int[]> submitApplications(CompetitionOverview competition, Instant opensAt,
                                                    Instant deadline) {
            var order = new ArrayList<Integer>();
            for (int i = 0; i < DemoProjects.ALL.size(); i++) {
                order.add(i);
            }
            java.util.Collections.shuffle(order, random);
            var times = DemoWalker.submissions(order.size(), random, opensAt, deadline);
            var directionIds = new HashMap<String, Long>();
            competition.directions().forEach(d -> directionIds.put(d.code(), d.id()));
            var submitted = new LinkedHashMap<Long, int[]>();
            for (int slot = 0; slot < order.size(); slot++) {
                int index = order.get(slot);
                var project = DemoProjects.ALL.get(index);
                var content = DemoWalker.content(project, index, directionIds.get(project.direction()), year);
                long applicationId = walker.apply(DemoWalker.applicantEmail(code, index + 1), competition.id(),
                        content, files, project, times.get(slot).begun(), times.get(slot).submittedAt());
                int direction = directionIndex(project.direction());
                int within = (int) DemoProjects.ALL.subList(0, index).stream()
                        .filter(p -> p.direction().equals(project.direction())).count();
                submitted.put(applicationId, new int[]{direction, within, index});
            }
            return submitted;
        }

        /** Each juror scores their twelve projects over the review weeks, now and then with a comment. */
        private void score(CompetitionOverview competition, Map<Long, int[]> applicationIds, Instant firstDay) {
            var comments = new Random(DemoScores.SEED);
            for (var direction : competition.directions()) {
                for (int number = 1; number <= DemoScores.JURORS; number++) {
                    int juror = number - 1;
                    var email = DemoWalker.jurorEmail(direction.code(), number);
                    var jurorId = walker.accountId(email, firstDay);
                    var rows = walker.as(DemoData.ADMIN_EMAIL, firstDay, () -> assignments.assignmentsOf(competition.id(), jurorId));
                    for (int k = 0; k < rows.size(); k++) {
                        var row = rows.get(k);
                        var where = applicationIds.get(row.applicationId());
                        var project = DemoProjects.ALL.get(where[2]);
                        var given = scores.sheet(where[0], where[1], juror);
                        var comment = comments.nextInt(4) == 0 ? (project.russian() ? DemoProjects.COMMENTS_RU
                                : DemoProjects.COMMENTS_KK).get(comments.nextInt(4)) : "";
                        var when = firstDay.plus(Duration.ofDays(k * 2L + juror))
                                .plus(Duration.ofMinutes(60L * (1 + number) + 7L * k + 3L * where[0]));
                        // A fresh assignment has no sheet yet: the juror scores and submits at once.
                        var entries = competition.criteria().stream().map(criterion -> new ScoreEntry(criterion.id(),
                                given[CRITERIA.indexOf(criterion.code())], "")).toList();
                        walker.as(email, when, () -> sheets.submit(row.assignmentId(),
                                new ScoreDraft(ScoreSheetView.NO_SHEET, entries, "", comment)));
                    }
                }
            }
        }

        private static int directionIndex(String code) {
            var codes = DefaultDirections.all().stream().map(CompetitionSpec.DirectionSpec::code).toList();
            return codes.indexOf(code);
        }
    }
}
