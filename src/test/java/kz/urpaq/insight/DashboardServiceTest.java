package kz.urpaq.insight;

import kz.urpaq.applicant.District;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.NoSuchRecordException;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.Phase;
import kz.urpaq.demo.FinishedCompetitionDemo;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.submission.ApplicationDirectory;
import kz.urpaq.submission.ApplicationStatus;
import kz.urpaq.submission.EligibleApplications;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dashboard's figures against the demo rounds, counted by hand from
 * {@code kz.urpaq.demo.DemoProjects} (sixty applicants of 2025: districts, sexes and birth dates) and
 * {@code DemoScores} (the IT panel's third juror scores 2.5 points lower on every criterion).
 */
@SpringBootTest
class DashboardServiceTest {

    private static final String ADMIN = "admin@urpaq.local";

    @Autowired DashboardService dashboards;
    @Autowired CompetitionService competitions;
    @Autowired ApplicationDirectory directory;
    @Autowired ReviewFixture fixture;
    @Autowired EligibleApplications applications;
    @Autowired MutableClock clock;
    @Autowired TestAccounts accounts;

    @BeforeEach
    void signIn() {
        accounts.signInAs(ADMIN);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    private Dashboard of(String code) {
        return dashboards.dashboard(competitions.findByCode(code).orElseThrow().id());
    }

    @Test
    void the_2025_round_counts_its_sixty_applications_by_state_direction_and_district() {
        var d = of(FinishedCompetitionDemo.CODE);
        assertThat(d.byStatus()).containsEntry(ApplicationStatus.ELIGIBLE, 60L)
                .containsEntry(ApplicationStatus.DRAFT, 0L).containsEntry(ApplicationStatus.INELIGIBLE, 0L);
        assertThat(d.byDirection()).extracting(Dashboard.DirectionCount::count).containsExactly(12L, 12L, 12L, 12L, 12L);
        var expected = new java.util.EnumMap<District, Long>(District.class);
        expected.putAll(Map.of(District.KONAEV, 8L, District.ALATAU, 5L, District.BALKHASH, 4L,
                District.ENBEKSHIKAZAKH, 5L, District.ZHAMBYL, 5L, District.ILE, 5L, District.KEGEN, 4L,
                District.KARASAI, 5L, District.RAIYMBEK, 5L, District.TALGAR, 9L));
        expected.put(District.UIGHUR, 5L);
        assertThat(d.byDistrict()).containsExactlyEntriesOf(expected);
    }

    @Test
    void ages_on_the_deadline_day_and_sexes_come_from_the_iins() {
        // Hand-counted from the sixty birth dates and sexes, ages on 15.10.2025.
        assertThat(of(FinishedCompetitionDemo.CODE).ages()).extracting(Dashboard.AgeBand::label,
                Dashboard.AgeBand::female, Dashboard.AgeBand::male).containsExactly(
                org.assertj.core.groups.Tuple.tuple("≤ 15", 2L, 3L),
                org.assertj.core.groups.Tuple.tuple("16–17", 11L, 2L),
                org.assertj.core.groups.Tuple.tuple("18–21", 12L, 12L),
                org.assertj.core.groups.Tuple.tuple("22–25", 5L, 10L),
                org.assertj.core.groups.Tuple.tuple("26–30", 0L, 3L),
                org.assertj.core.groups.Tuple.tuple("31+", 0L, 0L));
    }

    @Test
    void the_submission_curve_counts_each_almaty_day_and_ends_on_the_deadline_day() {
        var d = of(FinishedCompetitionDemo.CODE);
        var curve = d.curve();
        assertThat(curve.total()).isEqualTo(60);
        assertThat(curve.days().getFirst().date()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(curve.days().getLast()).isEqualTo(new Dashboard.Curve.Day(LocalDate.of(2025, 10, 15), 0, 8, 60));
        // The same days counted another way: each submission instant read in Almaty time.
        var byDay = new TreeMap<LocalDate, Long>();
        directory.submittedAt(d.competition().id()).values()
                .forEach(at -> byDay.merge(Almaty.at(at).toLocalDate(), 1L, Long::sum));
        Map<LocalDate, Long> counted = curve.days().stream().filter(day -> day.count() > 0)
                .collect(Collectors.toMap(Dashboard.Curve.Day::date, Dashboard.Curve.Day::count, (a, b) -> a, TreeMap::new));
        assertThat(counted).isEqualTo(byDay);
        assertThat(curve.days()).extracting(Dashboard.Curve.Day::date).doesNotHaveDuplicates()
                .hasSize((int) (java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2025, 9, 3),
                        LocalDate.of(2025, 10, 15)) + 1));
        assertThat(d.previousYear()).as("no 2024 round in the demo").isNull();
    }

    @Test
    void the_2026_review_round_shows_the_2025_curve_beside_its_own() {
        var d = of("TU-2026-D");
        assertThat(d.curve().total()).isEqualTo(12);
        assertThat(d.previousYear()).isNotNull();
        assertThat(d.previousYear().code()).isEqualTo(FinishedCompetitionDemo.CODE);
        assertThat(d.previousYear().total()).isEqualTo(60);
        assertThat(d.byDirection()).extracting(Dashboard.DirectionCount::count).containsExactly(3L, 2L, 2L, 3L, 2L);
    }

    @Test
    void a_submission_at_midnight_almaty_time_counts_on_the_new_day_also_before_the_2024_change_of_zone() {
        var competition = fixture.competition(Phase.SCREENING, 1);
        long direction = competition.directions().getFirst().id();
        long applicant = fixture.applicant();
        // UTC+5 since 1 March 2024: 18:59:59Z is 23:59:59 in Almaty, 19:00:00Z the next midnight.
        for (var at : List.of("2026-10-20T18:59:59Z", "2026-10-20T19:00:00Z", "2026-10-21T18:59:59Z",
                // UTC+6 before: 17:59:59Z is 23:59:59, 18:00:00Z midnight.
                "2024-02-10T17:59:59Z", "2024-02-10T18:00:00Z")) {
            clock.set(Instant.parse(at));
            applications.save(competition.id(), direction, applicant, ApplicationStatus.SUBMITTED);
        }
        clock.set(Instant.parse("2026-10-22T10:00:00Z"));
        applications.save(competition.id(), direction, applicant, ApplicationStatus.DRAFT);
        Map<LocalDate, Long> days = dashboards.dashboard(competition.id()).curve().days().stream().filter(day -> day.count() > 0)
                .collect(Collectors.toMap(Dashboard.Curve.Day::date, Dashboard.Curve.Day::count, (a, b) -> a, TreeMap::new));
        assertThat(days).containsExactly(Map.entry(LocalDate.of(2024, 2, 10), 1L), Map.entry(LocalDate.of(2024, 2, 11), 1L),
                Map.entry(LocalDate.of(2026, 10, 20), 1L), Map.entry(LocalDate.of(2026, 10, 21), 2L));
    }

    @Test
    void the_funnel_narrows_from_the_registered_to_the_awarded() {
        assertThat(of(FinishedCompetitionDemo.CODE).funnel()).extracting(Dashboard.FunnelStep::count)
                .containsExactly(60L, 60L, 60L, 60L, 60L, 16L); // 15 + one upheld appeal (domain.md §13)
        // Under review: nobody fully reviewed yet, and the awards are not known before the announcement.
        var review = of("TU-2026-D").funnel();
        assertThat(review).extracting(Dashboard.FunnelStep::stage).containsExactly(Dashboard.Stage.values());
        assertThat(review.subList(1, 6)).extracting(Dashboard.FunnelStep::count).containsExactly(12L, 12L, 12L, 0L, null);
        assertThat(review.getFirst().count()).isGreaterThanOrEqualTo(60L);
    }

    @Test
    void every_2025_juror_submitted_twelve_sheets() {
        var progress = of(FinishedCompetitionDemo.CODE).jurorProgress();
        assertThat(progress).hasSize(15).allSatisfy(p -> {
            assertThat(p.assigned()).isEqualTo(12);
            assertThat(p.submitted()).isEqualTo(12);
            assertThat(p.started()).isZero();
        });
    }

    @Test
    void the_harsh_it_juror_is_the_only_outlier_and_the_panel_figures_agree_with_the_sheets() {
        var d = of(FinishedCompetitionDemo.CODE);
        var outliers = d.panels().stream().flatMap(p -> p.figures().jurors().stream()).filter(j -> j.outlier()).toList();
        assertThat(outliers).singleElement().satisfies(j -> {
            assertThat(j.jurorName()).isEqualTo("Тимур Әбілқасымов");
            assertThat(round(j.offset())).isEqualTo("-16.29");
            assertThat(round(j.mean())).isEqualTo("33.79");
        });
        var it = d.panels().stream().filter(p -> p.direction().en().equals("Information technology")).findFirst().orElseThrow();
        assertThat(it.figures().sheets()).isEqualTo(36);
        assertThat(round(it.figures().mean())).isEqualTo("50.08");
        // The panel's mean is the mean of its jurors' means when each scored as many sheets.
        var jurorMeans = it.figures().jurors().stream().map(kz.urpaq.review.ReviewFigures.Juror::mean)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(3), java.math.MathContext.DECIMAL128);
        assertThat(round(jurorMeans)).isEqualTo(round(it.figures().mean()));
    }

    @Test
    void another_organisers_competition_is_refused_as_not_found() {
        accounts.signInAs("national.admin@urpaq.local");
        long regional = kz.urpaq.security.SystemTask.run(() -> competitions.findByCode(FinishedCompetitionDemo.CODE))
                .orElseThrow().id();
        assertThatThrownBy(() -> dashboards.dashboard(regional)).isInstanceOf(NoSuchRecordException.class);
    }

    private static String round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
