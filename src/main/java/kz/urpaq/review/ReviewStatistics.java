package kz.urpaq.review;

import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review counted for the organisers' dashboard, each figure from one SQL aggregate
 * (docs/decisions/027-dashboard-figures.md). A juror's total is {@link WeightedTotal}'s formula
 * Σ wᵢ·sᵢ/maxᵢ, written into the SQL with the competition's weights as numbers, so no sheet is
 * loaded; it serves only to compare jurors, never to rank.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class ReviewStatistics {

    private final JdbcClient jdbc;
    private final CompetitionAccess access;
    private final AccountService accounts;

    ReviewStatistics(JdbcClient jdbc, CompetitionAccess access, AccountService accounts) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
    }

    /**
     * The figures, kept per competition once its scores are frozen (from DELIBERATION on no sheet
     * or assignment changes, domain.md §4): at national scale the severity reads 1,500,000 scores,
     * seconds of work (docs/benchmarks.md §10). A juror renamed later keeps the old name here until
     * the process restarts.
     */
    public ReviewFigures figures(long competitionId) {
        var competition = access.requireAdministered(competitionId);
        if (!competition.phase().scoresFrozen()) {
            return compute(competition);
        }
        var kept = frozen.get(competitionId);
        if (kept == null) {
            kept = compute(competition);
            frozen.put(competitionId, kept);
        }
        return kept;
    }

    private static final int FROZEN_KEPT = 4;

    private final Map<Long, ReviewFigures> frozen = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, ReviewFigures> eldest) {
                    return size() > FROZEN_KEPT;
                }
            });

    private ReviewFigures compute(kz.urpaq.competition.CompetitionOverview competition) {
        long competitionId = competition.id();

        var states = new TreeMap<Long, long[]>();
        jdbc.sql("select juror_id, state, count(*) from review_assignment where competition_id = :id group by juror_id, state")
                .param("id", competitionId)
                .query((RowCallbackHandler) row -> {
                    var counts = states.computeIfAbsent(row.getLong(1), id -> new long[4]);
                    counts[AssignmentState.valueOf(row.getString(2)).ordinal()] += row.getLong(3);
                });

        var factor = new StringBuilder("case e.criterion_id");
        var params = new LinkedHashMap<String, Object>();
        params.put("id", competitionId);
        int i = 0;
        for (var criterion : competition.criteria()) {
            factor.append(" when :c").append(i).append(" then cast(:f").append(i).append(" as decimal(20, 10))");
            params.put("c" + i, criterion.id());
            params.put("f" + i, WeightedTotal.share(criterion.weightPercent(), 1, criterion.scaleMax()));
            i++;
        }
        factor.append(" else cast(0 as decimal(20, 10)) end");
        var sums = new ArrayList<JurorSums>();
        if (!competition.criteria().isEmpty()) {
            jdbc.sql(SEVERITY.replace("{factor}", factor)).params(params)
                    .query((RowCallbackHandler) row -> sums.add(new JurorSums(row.getLong(1), row.getLong(2), row.getLong(3),
                            row.getBigDecimal(4), row.getBigDecimal(5), row.getBigDecimal(6), row.getLong(7))));
        }

        long fullyReviewed = jdbc.sql("select count(*) from (select application_id from score_sheet "
                        + "where competition_id = :id and submitted_at is not null group by application_id "
                        + "having count(*) >= :k) reviewed")
                .param("id", competitionId).param("k", competition.reviewersPerApplication())
                .query(Long.class).single();

        var jurorIds = new TreeSet<Long>(states.keySet());
        sums.forEach(s -> jurorIds.add(s.jurorId()));
        Map<Long, String> names = accounts.findAllById(jurorIds).stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        Function<Long, String> name = id -> names.getOrDefault(id, "#" + id);

        var progress = states.entrySet().stream().map(e -> {
            var c = e.getValue();
            return new ReviewFigures.Progress(e.getKey(), name.apply(e.getKey()),
                    c[AssignmentState.NEW.ordinal()] + c[AssignmentState.DRAFT.ordinal()]
                            + c[AssignmentState.SUBMITTED.ordinal()],
                    c[AssignmentState.DRAFT.ordinal()], c[AssignmentState.SUBMITTED.ordinal()],
                    c[AssignmentState.DECLINED.ordinal()]);
        }).sorted(Comparator.comparing(ReviewFigures.Progress::jurorName).thenComparing(ReviewFigures.Progress::jurorId))
                .toList();

        var threshold = competition.varianceThreshold();
        var panels = new ArrayList<ReviewFigures.Panel>();
        for (var direction : competition.directions()) {
            var members = sums.stream().filter(s -> s.directionId() == direction.id()).toList();
            if (members.isEmpty()) {
                continue;
            }
            long sheets = members.stream().mapToLong(JurorSums::sheets).sum();
            var total = members.stream().map(JurorSums::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            var squares = members.stream().map(JurorSums::squares).reduce(BigDecimal.ZERO, BigDecimal::add);
            var jurors = members.stream().map(s -> {
                var offset = s.offsetSheets() == 0 ? null : WeightedTotal.mean(s.offsetSum(), (int) s.offsetSheets());
                return new ReviewFigures.Juror(s.jurorId(), name.apply(s.jurorId()), s.sheets(),
                        WeightedTotal.mean(s.total(), (int) s.sheets()), spread(s.total(), s.squares(), s.sheets()),
                        offset, offset != null && offset.abs().compareTo(threshold) > 0);
            }).sorted(Comparator.comparing(ReviewFigures.Juror::jurorName).thenComparing(ReviewFigures.Juror::jurorId))
                    .toList();
            panels.add(new ReviewFigures.Panel(direction.id(), sheets, WeightedTotal.mean(total, (int) sheets),
                    spread(total, squares, sheets), jurors));
        }
        return new ReviewFigures(progress, List.copyOf(panels), fullyReviewed);
    }

    /** The population spread from a sum and a sum of squares: √(Σx²/n − (Σx/n)²); zero below two. */
    private static BigDecimal spread(BigDecimal sum, BigDecimal squares, long n) {
        if (n < 2) {
            return BigDecimal.ZERO;
        }
        var mean = WeightedTotal.mean(sum, (int) n);
        var variance = WeightedTotal.mean(squares, (int) n).subtract(mean.multiply(mean, WeightedTotal.MATH));
        return variance.signum() <= 0 ? BigDecimal.ZERO : WeightedTotal.root(variance);
    }

    private record JurorSums(long directionId, long jurorId, long sheets, BigDecimal total, BigDecimal squares,
                             BigDecimal offsetSum, long offsetSheets) {
    }

    /**
     * Per panel and juror: submitted sheets, Σ total, Σ total², and Σ (total − the application's
     * mean total) over the applications with more than one submitted sheet, with their number. The
     * application's mean is taken in double precision (it only compares jurors). The weights are
     * cast to a decimal: without the casts H2 gave an offset of −18.08 instead of −16.29 on the
     * demo (it types the CASE by its integer {@code else 0} and loses the weights' fractions); ten
     * decimals are exact for every weight over a scale of 1–10 but 3, 6, 7 and 9, and within 10⁻¹⁰
     * for those.
     */
    private static final String SEVERITY = """
            with totals as (
                select s.application_id, s.juror_id, r.direction_id, sum(e.score * {factor}) as total
                from score_sheet s
                join review_assignment r on r.id = s.assignment_id
                join score_sheet_entry e on e.sheet_id = s.id
                where s.competition_id = :id and s.submitted_at is not null and e.score is not null
                group by s.id, s.application_id, s.juror_id, r.direction_id
            ), placed as (
                select direction_id, juror_id, total,
                       avg(cast(total as double precision)) over (partition by application_id) as consensus,
                       count(*) over (partition by application_id) as scored
                from totals
            )
            select direction_id, juror_id, count(*), sum(total), sum(total * total),
                   sum(case when scored > 1 then total - consensus else 0 end),
                   sum(case when scored > 1 then 1 else 0 end)
            from placed
            group by direction_id, juror_id""";
}
