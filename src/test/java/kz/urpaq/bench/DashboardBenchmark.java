package kz.urpaq.bench;

import kz.urpaq.insight.DashboardService;
import kz.urpaq.review.ReviewStatistics;
import kz.urpaq.submission.ApplicationStatistics;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The organisers' dashboard (issue 23, decision 027) at national scale on PostgreSQL
 * (docs/benchmarks.md §10): {@link DashboardService#dashboard} for {@link NationalSeed}'s competition
 * of 100,000 applications and 300,000 submitted score sheets, whose applicants are given here an
 * applicant profile each (IIN, birth date, district) and an APPLICANT membership of the default
 * organiser. Goal: under 300 ms. Cold first call, warm-up calls, then measured calls, as
 * {@link ResultsPageBenchmark}. Run by {@code src/bench/dashboard.sh}.
 */
@SpringBootTest
class DashboardBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 3);
    private static final int MEASURED = Integer.getInteger("bench.measured", 8);

    @Autowired JdbcTemplate jdbc;
    @Autowired DashboardService dashboards;
    @Autowired ApplicationStatistics applications;
    @Autowired ReviewStatistics reviews;
    @Autowired TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void dashboard_of_100000_applications_on_postgresql() {
        var product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if (!"PostgreSQL".equals(product)) {
            throw new IllegalStateException("this benchmark needs PostgreSQL (found " + product
                    + "): run it with bash src/bench/dashboard.sh");
        }
        long competitionId = NationalSeed.seed(jdbc, ResultsPageBenchmark.CODE);
        profiles(competitionId);
        System.out.printf(Locale.ROOT, "competition %d: %d applications, %d with a profile, %d submitted score sheets%n",
                competitionId,
                jdbc.queryForObject("select count(*) from application where competition_id = ?", Long.class, competitionId),
                jdbc.queryForObject("select count(*) from application a join applicant_profile p "
                        + "on p.account_id = a.applicant_id where a.competition_id = ?", Long.class, competitionId),
                jdbc.queryForObject("select count(*) from score_sheet where competition_id = ? and submitted_at is not null",
                        Long.class, competitionId));
        accounts.signInAs("admin@urpaq.local");

        var before = NationalScale.loadavg();
        long cold = time(() -> dashboards.dashboard(competitionId).funnel().size());
        System.out.printf(Locale.ROOT, "dashboard() cold (first call in the JVM)    %8d ms; loadavg %s%n", cold,
                NationalScale.loadavg());
        var page = new ArrayList<Long>();
        var apps = new ArrayList<Long>();
        var review = new ArrayList<Long>();
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            long pageMs = time(() -> dashboards.dashboard(competitionId).funnel().size());
            long appsMs = time(() -> applications.figures(competitionId).byStatus().size());
            long reviewMs = time(() -> reviews.figures(competitionId).panels().size());
            if (i >= WARMUP) {
                page.add(pageMs);
                apps.add(appsMs);
                review.add(reviewMs);
            }
        }
        // The same competition back in review: nothing is kept, every figure is counted again.
        jdbc.update("update competition set phase = 'REVIEW' where id = ?", competitionId);
        var live = new ArrayList<Long>();
        var liveReview = new ArrayList<Long>();
        try {
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                long pageMs = time(() -> dashboards.dashboard(competitionId).funnel().size());
                long reviewMs = time(() -> reviews.figures(competitionId).panels().size());
                if (i >= WARMUP) {
                    live.add(pageMs);
                    liveReview.add(reviewMs);
                }
            }
        } finally {
            jdbc.update("update competition set phase = 'DELIBERATION' where id = ?", competitionId);
        }
        var d = dashboards.dashboard(competitionId);
        System.out.println();
        System.out.println("== DashboardBenchmark (ms; goal < 300 ms for dashboard(), in DELIBERATION); loadavg before: " + before
                + ", after: " + NationalScale.loadavg());
        print("dashboard() warm (the page's whole call)", page);
        print("  of which ApplicationStatistics.figures", apps);
        print("  of which ReviewStatistics.figures (kept)", review);
        print("dashboard() in REVIEW (nothing kept)", live);
        print("  of which ReviewStatistics.figures (live)", liveReview);
        System.out.printf(Locale.ROOT, "check: funnel %s; %d curve days; %d panels of %d jurors%n",
                d.funnel().stream().map(s -> String.valueOf(s.count())).toList(), d.curve().days().size(),
                d.panels().size(), d.panels().stream().mapToInt(p -> p.figures().jurors().size()).sum());
    }

    /** One profile and one APPLICANT membership per applicant of the competition, once. */
    private void profiles(long competitionId) {
        long start = System.nanoTime();
        // Birth dates over 1998–2011; the IIN's seventh digit says century and sex; the last five digits
        // are unique per applicant (the check digit is not checked here: only the first seven are read).
        int made = jdbc.update("""
                insert into applicant_profile (account_id, iin, birth_date, phone, district, place_of_study,
                                               consent_at, created_at, updated_at)
                select a.applicant_id,
                       to_char(b.born, 'YYMMDD')
                           || (case when extract(year from b.born) < 2000 then 3 else 5 end + a.g % 2)
                           || lpad(a.g::text, 5, '0'),
                       b.born, '+7 700 000 00 00',
                       (array['KONAEV','ALATAU','BALKHASH','ENBEKSHIKAZAKH','ZHAMBYL','ILE','KEGEN','KARASAI',
                              'RAIYMBEK','TALGAR','UIGHUR'])[a.g % 11 + 1],
                       'School', now(), now(), now()
                from (select applicant_id, substring(reference_number from length(?) + 2)::int as g
                      from application where competition_id = ?) a
                cross join lateral (select date '1998-01-01' + (a.g * 7919 % 5000) as born) b
                where not exists (select 1 from applicant_profile p where p.account_id = a.applicant_id)""",
                ResultsPageBenchmark.CODE, competitionId);
        jdbc.update("""
                insert into organiser_member (organiser_id, account_id, role, created_at)
                select c.organiser_id, a.applicant_id, 'APPLICANT', timestamptz '2026-09-01 00:00Z'
                from application a join competition c on c.id = a.competition_id
                where a.competition_id = ?
                  and not exists (select 1 from organiser_member m where m.organiser_id = c.organiser_id
                                  and m.account_id = a.applicant_id and m.role = 'APPLICANT')""", competitionId);
        if (made > 0) {
            jdbc.execute("analyze");
            System.out.printf(Locale.ROOT, "gave %d applicants a profile in %d s%n", made,
                    (System.nanoTime() - start) / 1_000_000_000);
        }
    }

    private static long time(LongSupplier work) {
        long start = System.nanoTime();
        if (work.getAsLong() < 0) {
            throw new IllegalStateException();
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void print(String name, List<Long> values) {
        var stats = values.stream().mapToLong(Long::longValue).summaryStatistics();
        System.out.printf(Locale.ROOT, "%-44s mean %8.1f ms  min %6d  max %6d  (n=%d)  goal %s%n", name,
                stats.getAverage(), stats.getMin(), stats.getMax(), stats.getCount(),
                name.startsWith("dashboard() warm") ? (stats.getAverage() < 300 ? "met"
                        : String.format(Locale.ROOT, "missed by %.0f ms", stats.getAverage() - 300)) : "-");
    }
}
