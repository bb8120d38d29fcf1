package kz.urpaq.demo;

import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.applicant.ApplicantProfileSpec;
import kz.urpaq.applicant.District;
import kz.urpaq.applicant.Iin;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.certificate.CertificateService;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSpec;
import kz.urpaq.competition.DefaultCriteria;
import kz.urpaq.competition.DefaultDirections;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.organiser.OrganiserService;
import kz.urpaq.organiser.OrganiserSpec;
import kz.urpaq.organiser.OrganiserSummary;
import kz.urpaq.review.AssignmentRefusedException;
import kz.urpaq.review.JuryPanelService;
import kz.urpaq.review.PanelMember;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.Role;
import kz.urpaq.security.SecondFactorService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.security.Totp;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds the embedded default with a competition open for applications and accounts for every
 * role, then a smaller round under review ({@link ReviewRoundDemo}) and last year's finished
 * competition ({@link FinishedCompetitionDemo}), then prints how to sign in. Idempotent: what
 * exists is left alone. Never under {@code prod}: the profile check is here, and
 * {@code application-prod.properties} turns the switch off as well.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "urpaq.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String COMPETITION_CODE = "TU-2026";
    static final String ADMIN_EMAIL = "admin@urpaq.local";
    /** The national round of the second demo organiser. */
    static final String NATIONAL_CODE = "TU-2026-RK";
    static final String NATIONAL_ORGANISER = "national";
    /** The national round's administrator, who sees nothing of the region's rounds. */
    static final String NATIONAL_ADMIN_EMAIL = "national.admin@urpaq.local";
    /** Creates organisers and appoints their administrators; sees inside none of them. */
    static final String PLATFORM_EMAIL = "platform@urpaq.local";
    /** An applicant with a draft in the region's round and in the national one. */
    static final String TWO_ROUNDS_EMAIL = "daniyar@urpaq.local";
    static final String ADMIN_PASSWORD = "admin-urpaq-2026";
    static final String JUROR_PASSWORD = "jury-urpaq-2026";
    static final String APPLICANT_PASSWORD = "applicant-urpaq-2026";
    /**
     * The demo staff's second-factor keys (base32), printed at start-up beside their passwords so
     * that a newcomer can add them to an authenticator app; tests compute codes from them.
     */
    static final String ADMIN_SECOND_FACTOR_KEY = "URPAQADMINDEMOKEYFORTOTPAPPS2Q26";
    static final String JUROR_SECOND_FACTOR_KEY = "URPAQJURYDEMOKEYFORTOTPAPPSJ2Q26";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CompetitionService competitionService;
    private final AccountService accountService;
    private final ApplicantProfileService profileService;
    private final JuryPanelService juryPanelService;
    private final FinishedCompetitionDemo finishedCompetition;
    private final ReviewRoundDemo reviewRound;
    private final CertificateService certificates;
    private final SecondFactorService secondFactors;
    private final OrganiserService organiserService;
    private final Clock clock;
    private final String baseUrl;

    private final DemoWalker walker;

    private final DemoGrants demoGrants;

    private final DemoGrantReports demoGrantReports;

    private final kz.urpaq.submission.ApplicationService applications;

    private final kz.urpaq.competition.CompetitionSetupService setup;

    DemoData(CompetitionService competitionService, AccountService accountService,
             ApplicantProfileService profileService, JuryPanelService juryPanelService,
             FinishedCompetitionDemo finishedCompetition, ReviewRoundDemo reviewRound,
             CertificateService certificates, SecondFactorService secondFactors, OrganiserService organiserService,
             Clock clock, @Value("${urpaq.public-base-url}") String baseUrl, DemoWalker walker, kz.urpaq.submission.ApplicationService applications, kz.urpaq.competition.CompetitionSetupService setup,
             DemoGrants demoGrants, DemoGrantReports demoGrantReports) {
        this.demoGrants = demoGrants;
        this.demoGrantReports = demoGrantReports;
        this.setup = setup;
        this.applications = applications;
        this.walker = walker;
        this.organiserService = organiserService;
        this.secondFactors = secondFactors;
        this.competitionService = competitionService;
        this.accountService = accountService;
        this.profileService = profileService;
        this.juryPanelService = juryPanelService;
        this.finishedCompetition = finishedCompetition;
        this.reviewRound = reviewRound;
        this.certificates = certificates;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** A demo account; staff roles are held in the organiser with the code (the default one unless named). */
    record DemoAccount(String email, String password, String name, Role role, String organiser) {

        DemoAccount(String email, String password, String name, Role role) {
            this(email, password, name, role, OrganiserService.DEFAULT_CODE);
        }
    }

    /** The demo applicants' profiles: birth date, sex, district and school. */
    record DemoPerson(String email, LocalDate birthDate, boolean female, District district, String placeOfStudy) {
    }

    static List<DemoPerson> people() {
        return List.of(
                new DemoPerson(ReviewRoundDemo.ARUZHAN_EMAIL, LocalDate.of(2008, 3, 14), true, District.TALGAR,
                        "Талғар қаласының № 3 мектеп-гимназиясы"),
                new DemoPerson("daniyar@urpaq.local", LocalDate.of(2003, 9, 2), false, District.KONAEV,
                        "Қонаев қаласының колледжі"),
                new DemoPerson("tomiris@urpaq.local", LocalDate.of(2000, 12, 20), true, District.ENBEKSHIKAZAKH,
                        "Есік қаласы, «Жас ұрпақ» ЖШС"));
    }

    static List<DemoAccount> accounts() {
        var accounts = new ArrayList<DemoAccount>();
        accounts.add(new DemoAccount(ADMIN_EMAIL, ADMIN_PASSWORD, "Гүлнар Сейітова", Role.ADMIN));
        accounts.add(new DemoAccount(NATIONAL_ADMIN_EMAIL, ADMIN_PASSWORD, "Әлия Мұратова", Role.ADMIN,
                NATIONAL_ORGANISER));
        accounts.add(new DemoAccount(PLATFORM_EMAIL, ADMIN_PASSWORD, "Ержан Әбенов", Role.PLATFORM));
        String[][] jurors = {
                {"science", "Асқар Тоқтаров", "Мәдина Ахметова", "Ольга Ким"},
                {"art", "Ерлан Жұмабаев", "Сәуле Құрманова", "Ғалия Бекмұхамбетова"},
                {"media", "Дина Омарова", "Бауыржан Сәрсенов", "Андрей Лебедев"},
                {"it", "Нұрлан Қасымов", "Айгерім Бекова", "Тимур Әбілқасымов"},
                {"business", "Серік Оспанов", "Жанар Әлиева", "Марат Жақыпов"}};
        for (var row : jurors) {
            accounts.add(new DemoAccount("jury." + row[0] + "1@urpaq.local", JUROR_PASSWORD, row[1], Role.JURY));
            accounts.add(new DemoAccount("jury." + row[0] + "2@urpaq.local", JUROR_PASSWORD, row[2], Role.JURY));
            accounts.add(new DemoAccount("jury." + row[0] + "3@urpaq.local", JUROR_PASSWORD, row[3], Role.JURY));
        }
        accounts.add(new DemoAccount(ReviewRoundDemo.ARUZHAN_EMAIL, APPLICANT_PASSWORD, "Аружан Нұрланқызы", Role.APPLICANT));
        accounts.add(new DemoAccount("daniyar@urpaq.local", APPLICANT_PASSWORD, "Данияр Серікұлы", Role.APPLICANT));
        accounts.add(new DemoAccount("tomiris@urpaq.local", APPLICANT_PASSWORD, "Томирис Қайратқызы", Role.APPLICANT));
        return accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemTask.run(this::seed);
        SystemTask.run(this::seedNationalRound);
        seedDraftsInTwoRounds();
        // The round under review first: it is small, and it is what a juror signing in looks for.
        reviewRound.seed();
        long finished = finishedCompetition.seed(FinishedCompetitionDemo.CODE, FinishedCompetitionDemo.YEAR, Phase.ANNOUNCED);
        demoGrants.seed(finished, FinishedCompetitionDemo.YEAR);
        demoGrantReports.seed(finished, FinishedCompetitionDemo.YEAR);
        SystemTask.run(this::acceptPrivacyNotice);
        printWelcome();
    }

    /**
     * Every demo applicant has accepted the current privacy notice, so that signing in as one
     * shows their pages (a database seeded before the notice had versions is brought up to date).
     */
    private void acceptPrivacyNotice() {
        var now = clock.instant();
        people().forEach(person -> walker.acceptPrivacyNotice(person.email(), now));
        for (int number = 1; number <= DemoProjects.ALL.size(); number++) {
            walker.acceptPrivacyNotice(DemoWalker.applicantEmail(ReviewRoundDemo.CODE, number), now);
            walker.acceptPrivacyNotice(DemoWalker.applicantEmail(FinishedCompetitionDemo.CODE, number), now);
        }
    }

    void seed() {
        if (!competitionService.exists(COMPETITION_CODE)) {
            var created = competitionService.create(competition());
            // the region's round takes the region's residents; the national round, everyone
            setup.setEligibleRegions(created.id(), java.util.Set.of(kz.urpaq.base.domain.Region.ALMATY_REGION));
            log.info("Demo data: created the competition {}", COMPETITION_CODE);
        }
        // Accounts of one role share a password: hashed once per role, since a hash is slow by design.
        var missing = new LinkedHashMap<Role, LinkedHashMap<String, DemoAccount>>();
        for (var account : accounts()) {
            if (account.organiser().equals(OrganiserService.DEFAULT_CODE)
                    && accountService.findByEmail(account.email()).isEmpty()) {
                missing.computeIfAbsent(account.role(), role -> new LinkedHashMap<>()).put(account.email(), account);
            }
        }
        missing.forEach((role, byEmail) -> {
            var names = new LinkedHashMap<String, String>();
            byEmail.forEach((email, account) -> names.put(email, account.name()));
            var password = byEmail.values().iterator().next().password();
            accountService.createSharingPassword(names, password, EnumSet.of(role), Language.DEFAULT)
                    .forEach(created -> accountService.markEmailConfirmed(created.id()));
        });
        for (var person : people()) {
            var account = accountService.findByEmail(person.email()).orElseThrow();
            if (profileService.findByAccountId(account.id()).isEmpty()) {
                var iin = java.util.stream.IntStream.iterate(1000 + person.birthDate().getDayOfYear(), n -> n + 1)
                        .mapToObj(serial -> Iin.of(person.birthDate(), person.female(), serial))
                        .flatMap(java.util.Optional::stream).findFirst().orElseThrow();
                var minor = person.birthDate().plusYears(18).isAfter(LocalDate.now(clock.withZone(Almaty.ZONE)));
                profileService.createFor(account.id(), new ApplicantProfileSpec(account.displayName(), iin.digits(),
                        person.birthDate(), "+7 701 555 01 0" + people().indexOf(person),
                        person.district(), person.placeOfStudy(), Language.KK, minor ? "Нұрлан Сейітов" : "",
                        minor ? "+7 701 555 01 99" : "", minor, true));
            }
        }
        seedPanels();
        seedSecondFactors();
    }

    /** Staff sign in with a second factor; the demo's have known keys. Set factors are left alone. */
    private void seedSecondFactors() {
        for (var account : accounts()) {
            if (!account.organiser().equals(OrganiserService.DEFAULT_CODE)) {
                continue; // made with their organiser (seedNationalRound)
            }
            var key = secondFactorKey(account.role());
            if (key != null) {
                var id = accountService.findByEmail(account.email()).orElseThrow().id();
                if (!secondFactors.hasSecondFactor(id)) {
                    secondFactors.enrolKnownSecret(id, key);
                }
            }
        }
    }

    private static @Nullable String secondFactorKey(Role role) {
        return switch (role) {
            case ADMIN, PLATFORM -> ADMIN_SECOND_FACTOR_KEY;
            case JURY -> JUROR_SECOND_FACTOR_KEY;
            case APPLICANT -> null;
        };
    }

    /**
     * The two demo jurors of each direction sit on its panel. A panel that has anyone on it is
     * left as the organisers made it.
     */
    private void seedPanels() {
        var competition = competitionService.findByCode(COMPETITION_CODE).orElseThrow();
        var panels = juryPanelService.panels(competition.id());
        for (var direction : competition.directions()) {
            if (panels.stream().anyMatch(p -> p.directionId() == direction.id() && !p.members().isEmpty())) {
                continue;
            }
            for (var email : List.of("jury." + direction.code() + "1@urpaq.local",
                    "jury." + direction.code() + "2@urpaq.local")) {
                accountService.findByEmail(email).ifPresent(juror -> {
                    try {
                        juryPanelService.addMember(competition.id(), direction.id(), juror.id(),
                                PanelMember.DEFAULT_CAP);
                    } catch (AssignmentRefusedException refused) {
                        log.info("Demo data: {} stays off the {} panel ({})", email, direction.code(),
                                refused.reason());
                    }
                });
            }
        }
    }

    /**
     * The second organiser: the ministry's national round of 2026, open, six directions with
     * volunteering, 30 grants of 3,000,000 ₸; its deadline a month after the regional one's, so the
     * landing page keeps showing the region's round first and lists both.
     */
    private void seedNationalRound() {
        if (competitionService.exists(NATIONAL_CODE)) {
            return;
        }
        var organiser = nationalOrganiser();
        for (var account : accounts()) {
            if (account.organiser().equals(NATIONAL_ORGANISER) && accountService.findByEmail(account.email()).isEmpty()) {
                var created = accountService.create(organiser.id(), account.email(), account.password(), account.name(),
                        EnumSet.of(account.role()), Language.DEFAULT);
                accountService.markEmailConfirmed(created.id());
                var key = secondFactorKey(account.role());
                if (key != null) {
                    secondFactors.enrolKnownSecret(created.id(), key);
                }
            }
        }
        var regional = competition();
        var deadline = regional.submissionDeadline().plus(java.time.Duration.ofDays(30));
        var directions = new ArrayList<>(DefaultDirections.all());
        directions.add(new CompetitionSpec.DirectionSpec("volunteering",
                new LocalizedText("Еріктілік", "Волонтёрство", "Volunteering")));
        competitionService.create(new CompetitionSpec(NATIONAL_CODE, 2026,
                new LocalizedText("Тәуелсіздік ұрпақтары — 2026: республикалық кезең",
                        "Поколения независимости — 2026: республиканский этап",
                        "Generations of Independence — 2026: national round"),
                new LocalizedText("Қазақстан Республикасы", "Республика Казахстан", "Republic of Kazakhstan"),
                Phase.OPEN, regional.opensAt(), deadline, deadline.plus(java.time.Duration.ofDays(21)), 14, 35, 3, 30,
                GrantPolicy.PLACE_WINNERS, BigDecimal.valueOf(50), 3_000_000L,
                Map.of(1, 3_000_000L, 2, 3_000_000L, 3, 3_000_000L), directions, DefaultCriteria.all()),
                organiser.id());
        log.info("Demo data: created the national round {}", NATIONAL_CODE);
    }

    /** One account serves every round: a demo applicant has a draft in the region's round and in the national one. */
    private void seedDraftsInTwoRounds() {
        var rounds = SystemTask.run(() -> List.of(COMPETITION_CODE, NATIONAL_CODE).stream()
                .map(code -> competitionService.findByCode(code).orElseThrow().id()).toList());
        walker.as(TWO_ROUNDS_EMAIL, clock.instant(), () -> {
            var started = applications.mine().stream().map(a -> a.competitionId()).toList();
            rounds.stream().filter(id -> !started.contains(id)).forEach(applications::start);
        });
    }

    private OrganiserSummary nationalOrganiser() {
        return organiserService.all().stream().filter(o -> o.code().equals(NATIONAL_ORGANISER)).findFirst()
                .orElseGet(() -> organiserService.create(new OrganiserSpec(NATIONAL_ORGANISER,
                        new LocalizedText("ҚР Мәдениет және ақпарат министрлігінің Жастар істері комитеті",
                                "Комитет по делам молодёжи Министерства культуры и информации РК",
                                "Youth Affairs Committee of the Ministry of Culture and Information"),
                        new LocalizedText("Қазақстан Республикасы", "Республика Казахстан", "Republic of Kazakhstan"),
                        "youth@urpaq.local", "+7 7172 00 00 00", "Комитет төрағасы / Председатель комитета",
                        new LocalizedText("Комитет төрағасы", "Председатель комитета", "Chair of the committee"))));
    }

    /** Open today, the deadline on 25 December of this year at 18:00 Almaty time (or next year's). */
    private CompetitionSpec competition() {
        var today = LocalDate.now(clock.withZone(Almaty.ZONE));
        var deadlineDay = LocalDate.of(today.getYear(), 12, 25);
        if (!deadlineDay.isAfter(today.plusDays(7))) {
            deadlineDay = today.plusDays(30);
        }
        var opensAt = today.minusDays(14).atStartOfDay(Almaty.ZONE).toInstant();
        var deadline = deadlineDay.atTime(LocalTime.of(18, 0)).atZone(Almaty.ZONE).toInstant();
        var reviewDeadline = deadlineDay.plusDays(21).atTime(LocalTime.of(18, 0)).atZone(Almaty.ZONE).toInstant();
        return new CompetitionSpec(COMPETITION_CODE, 2026,
                new LocalizedText("Тәуелсіздік ұрпақтары — 2026", "Поколения независимости — 2026",
                        "Generations of Independence — 2026"),
                new LocalizedText("Алматы облысы", "Алматинская область", "Almaty Region"),
                Phase.OPEN, opensAt, deadline, reviewDeadline, 14, 35, 3, 15, GrantPolicy.PLACE_WINNERS,
                BigDecimal.valueOf(50), 1_000_000L, Map.of(1, 1_000_000L, 2, 1_000_000L, 3, 1_000_000L),
                DefaultDirections.all(), DefaultCriteria.all());
    }

    private void printWelcome() {
        var text = new StringBuilder()
                .append("\n\n  Urpaq is running: ").append(baseUrl).append('\n')
                .append("  Demo accounts (embedded default only):\n");
        for (var account : accounts()) {
            var key = secondFactorKey(account.role());
            text.append(String.format("    %-9s %-32s %-20s %s%n", account.role(), account.email(), account.password(),
                    key == null ? "" : "second factor: " + Totp.grouped(key)));
        }
        text.append(String.format("    %-9s %-32s %s%n", Role.APPLICANT,
                        DemoWalker.applicantEmail(ReviewRoundDemo.CODE, 1) + " … 11", APPLICANT_PASSWORD))
                .append(String.format("    %-9s %-32s %s%n", Role.APPLICANT,
                        DemoWalker.applicantEmail(FinishedCompetitionDemo.CODE, 1) + " … 60",
                        APPLICANT_PASSWORD))
                .append("  ").append(ReviewRoundDemo.CODE)
                .append(": a smaller round under review, every demo juror has projects to score\n")
                .append("  ").append(FinishedCompetitionDemo.CODE)
                .append(": the finished competition of last year, results announced\n")
                .append("  ").append(NATIONAL_CODE)
                .append(": the national round of a second organiser, open (").append(baseUrl).append("/c/")
                .append(NATIONAL_CODE).append(")\n");
        SystemTask.run(() -> competitionService.findByCode(FinishedCompetitionDemo.CODE)
                .flatMap(finished -> certificates.sampleVerificationUrl(finished.id())))
                .ifPresent(url -> text.append("  Verify one of its certificates: ").append(url).append('\n'));
        log.info(text.toString());
    }
}
