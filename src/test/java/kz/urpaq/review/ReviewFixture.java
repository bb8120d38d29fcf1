package kz.urpaq.review;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSpec;
import kz.urpaq.competition.DefaultCriteria;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.ApplicationStatus;
import kz.urpaq.submission.EligibleApplications;
import kz.urpaq.testing.MutableClockConfiguration;
import kz.urpaq.testing.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Builds a competition in review with eligible applications and jury panels, each test its own:
 * the database is shared, so nothing here assumes empty tables. Never an open competition: the
 * landing page and other tests take the open one with the nearest deadline as the current one.
 */
@Component
public class ReviewFixture {

    /** The review deadline of every fixture competition: ten days after the test clock's start. */
    public static final Instant REVIEW_DEADLINE = MutableClockConfiguration.START.plus(Duration.ofDays(10));

    private final CompetitionService competitions;
    private final JuryPanelService panels;
    private final AccountService accounts;
    private final TestAccounts testAccounts;
    private final EligibleApplications applications;
    private final JdbcTemplate jdbc;

    ReviewFixture(CompetitionService competitions, JuryPanelService panels, AccountService accounts,
                  TestAccounts testAccounts, EligibleApplications applications, JdbcTemplate jdbc) {
        this.competitions = competitions;
        this.panels = panels;
        this.accounts = accounts;
        this.testAccounts = testAccounts;
        this.applications = applications;
        this.jdbc = jdbc;
    }

    /** One direction of a built competition: its id, its jurors and its eligible applications (ids ascending). */
    public record Panel(long directionId, List<Long> jurors, List<Long> applications) {
    }

    public record Setup(CompetitionOverview competition, List<Panel> panels, long applicantId) {

        public long id() {
            return competition.id();
        }

        public Panel panel(int index) {
            return panels.get(index);
        }
    }

    public CompetitionOverview competition(Phase phase, int directions) {
        return competition(phase, directions, DefaultCriteria.all());
    }

    /** As {@link #competition(Phase, int)}, scored on the given criteria instead of the default set. */
    public CompetitionOverview competition(Phase phase, int directions, List<CompetitionSpec.CriterionSpec> criteria) {
        if (phase == Phase.OPEN) {
            throw new IllegalArgumentException("an open test competition would become the landing page's");
        }
        var start = MutableClockConfiguration.START;
        var specs = IntStream.range(0, directions).mapToObj(i -> new CompetitionSpec.DirectionSpec("d" + i,
                new LocalizedText("Бағыт " + i, "Направление " + i, "Direction " + i))).toList();
        var created = SystemTask.run(() -> competitions.create(new CompetitionSpec(
                "RV-" + UUID.randomUUID().toString().substring(0, 8), 2026,
                new LocalizedText("Сараптама сынағы", "Тест экспертизы", "Review test"),
                new LocalizedText("Облыс", "Область", "Region"), phase, start.minus(Duration.ofDays(40)),
                start.minus(Duration.ofDays(10)), REVIEW_DEADLINE, 14, 35, 3, 15, GrantPolicy.PLACE_WINNERS,
                BigDecimal.valueOf(50), 1_000_000L, Map.of(), specs, criteria)));
        // Review and results tests announce straight from DELIBERATION: appeals (domain.md §13) are
        // turned on by the tests of appeals themselves.
        jdbc.update("update competition set appeals_enabled = false where id = ?", created.id());
        return SystemTask.run(() -> competitions.findById(created.id())).orElseThrow();
    }

    public String jurorEmail() {
        return testAccounts.newAccount(Role.JURY, true);
    }

    public long accountId(String email) {
        return SystemTask.run(() -> accounts.findByEmail(email)).orElseThrow().id();
    }

    public long juror() {
        return accountId(jurorEmail());
    }

    public long applicant() {
        return accountId(testAccounts.newApplicant());
    }

    /**
     * A competition in review with one direction per entry: {@code applications[i]} eligible
     * applications and {@code jurors[i]} jurors on the panel, each with the cap.
     */
    public Setup build(int[] applicationCounts, int[] jurorCounts, int cap) {
        return build(applicationCounts, jurorCounts, cap, DefaultCriteria.all());
    }

    /** As {@link #build(int[], int[], int)}, scored on the given criteria. */
    public Setup build(int[] applicationCounts, int[] jurorCounts, int cap,
                       List<CompetitionSpec.CriterionSpec> criteria) {
        var competition = competition(Phase.REVIEW, applicationCounts.length, criteria);
        long applicant = applicant();
        var built = new ArrayList<Panel>();
        for (int i = 0; i < applicationCounts.length; i++) {
            long directionId = competition.directions().get(i).id();
            var jurors = new ArrayList<Long>();
            for (int j = 0; j < jurorCounts[i]; j++) {
                long juror = juror();
                SystemTask.run(() -> panels.addMember(competition.id(), directionId, juror, cap));
                jurors.add(juror);
            }
            built.add(new Panel(directionId, List.copyOf(jurors),
                    applications.eligible(competition.id(), directionId, applicant, applicationCounts[i])));
        }
        return new Setup(competition, List.copyOf(built), applicant);
    }

    /** The juror applies to the competition themselves (a draft is enough to exclude them). */
    public void applyAs(long accountId, Setup setup) {
        applications.save(setup.id(), setup.panel(0).directionId(), accountId, ApplicationStatus.DRAFT);
    }

    public void disable(long accountId) {
        jdbc.update("update user_account set enabled = false where id = ?", accountId);
    }

    public int auditRows(long competitionId, String action) {
        var count = jdbc.queryForObject("select count(*) from audit_record where competition_id = ? and action = ?",
                Integer.class, competitionId, action);
        return count == null ? 0 : count;
    }
}
