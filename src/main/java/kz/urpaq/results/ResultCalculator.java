package kz.urpaq.results;

import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.results.RankedApplication.Decision;
import kz.urpaq.results.RankedApplication.Rule;
import kz.urpaq.results.ScoringInput.Criterion;
import kz.urpaq.results.ScoringInput.Entry;
import kz.urpaq.results.ScoringInput.Sheet;
import kz.urpaq.review.WeightedTotal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes scores, ranking, places and grants exactly as domain.md §7 says, from the rules and the
 * submitted score sheets alone. Decimal arithmetic throughout and every sum taken in a fixed
 * order, so the same scores give the same result whatever order the rows arrive in. A juror's
 * total, the mean, the spread and the variance flag are the review's own formula
 * ({@link WeightedTotal}), so the review room's pages and the ranking never disagree.
 */
public final class ResultCalculator {

    /** Scores are compared and published with this many decimals. */
    public static final int SCALE = 4;
    private static final MathContext MC = WeightedTotal.MATH;

    private record Scores(BigDecimal mean, BigDecimal trimmed, BigDecimal zMean, BigDecimal spread, int reviews,
                          Map<String, BigDecimal> criterionMeans) {
    }

    /**
     * {@code tieBreaks}: the rounded criterion means in tie-break order, computed once, not per
     * comparison. {@code sortKey}: the ranking score and then the tie-break values as whole numbers
     * of ten-thousandths. All of them are rounded to {@link #SCALE} decimals, and two decimals of
     * one scale compare exactly as their unscaled values do, so sorting on the key gives the order
     * the decimals give, without a {@code BigDecimal} comparison per step.
     */
    private record Row(Entry entry, Scores scores, BigDecimal normalised, BigDecimal rankingScore, boolean full,
                       List<BigDecimal> tieBreaks, long[] sortKey) {

        Row(Entry entry, Scores scores, BigDecimal normalised, BigDecimal rankingScore, boolean full,
            List<BigDecimal> tieBreaks) {
            this(entry, scores, normalised, rankingScore, full, tieBreaks, key(rankingScore, tieBreaks));
        }

        private static long[] key(BigDecimal rankingScore, List<BigDecimal> tieBreaks) {
            var key = new long[1 + tieBreaks.size()];
            key[0] = unscaled(rankingScore);
            for (int t = 0; t < tieBreaks.size(); t++) {
                key[t + 1] = unscaled(tieBreaks.get(t));
            }
            return key;
        }

        private static long unscaled(BigDecimal rounded) {
            if (rounded.scale() != SCALE) {
                throw new IllegalStateException("not rounded to " + SCALE + " decimals: " + rounded);
            }
            return rounded.unscaledValue().longValueExact();
        }
    }

    /** Higher ranking score first, then higher tie-break values in their order. */
    private static int bySortKeyDescending(Row a, Row b) {
        for (int i = 0; i < a.sortKey().length; i++) {
            var c = Long.compare(b.sortKey()[i], a.sortKey()[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private ResultCalculator() {
    }

    /** A juror's total for one sheet on 0–100: Σ wᵢ·sᵢ / maxᵢ with weights in percent. */
    public static BigDecimal total(List<Criterion> criteria, Map<String, Integer> scores) {
        var total = BigDecimal.ZERO;
        for (var criterion : criteria) {
            total = total.add(weighted(criterion, scores));
        }
        return total;
    }

    private static BigDecimal weighted(Criterion criterion, Map<String, Integer> scores) {
        var score = scores.get(criterion.code());
        if (score == null || score < 0 || score > criterion.scaleMax()) {
            throw new IllegalArgumentException("score for " + criterion.code() + " missing or outside 0–"
                    + criterion.scaleMax());
        }
        return WeightedTotal.share(criterion.weightPercent(), score, criterion.scaleMax());
    }

    public static List<RankedApplication> compute(ScoringInput input) {
        var rules = input.rules();
        var entries = new TreeMap<Long, Entry>();
        input.entries().forEach(entry -> entries.put(entry.applicationId(), entry));
        var sheets = input.sheets().stream()
                .filter(sheet -> entries.containsKey(sheet.applicationId()))
                .sorted(Comparator.comparingLong(Sheet::applicationId).thenComparingLong(Sheet::jurorId))
                .toList();

        // Each sheet's weighted scores, worked out once: the totals and the criterion means both sum them.
        // A criterion's weighted score depends on its integer score alone, so each division is done once
        // per criterion and score, not once per sheet (decimal division dominated at national scale).
        // Sheets are looked up by identity: comparing two records' score maps costs more than the lookup.
        var divided = new ArrayList<Map<Integer, BigDecimal>>();
        rules.criteria().forEach(criterion -> divided.add(new HashMap<>()));
        var weightedScores = new IdentityHashMap<Sheet, BigDecimal[]>(sheets.size());
        var totals = new IdentityHashMap<Sheet, BigDecimal>(sheets.size());
        for (var sheet : sheets) {
            var weighted = new BigDecimal[rules.criteria().size()];
            var total = BigDecimal.ZERO;
            for (int c = 0; c < weighted.length; c++) {
                var criterion = rules.criteria().get(c);
                var score = sheet.scores().get(criterion.code());
                weighted[c] = score == null ? weighted(criterion, sheet.scores())
                        : divided.get(c).computeIfAbsent(score, s -> weighted(criterion, sheet.scores()));
                total = total.add(weighted[c]);
            }
            weightedScores.put(sheet, weighted);
            totals.put(sheet, total);
        }

        var byApplication = new TreeMap<Long, List<Sheet>>();
        sheets.forEach(sheet -> byApplication.computeIfAbsent(sheet.applicationId(), id -> new ArrayList<>()).add(sheet));
        var byJuror = new TreeMap<Long, List<Sheet>>();
        sheets.forEach(sheet -> byJuror.computeIfAbsent(sheet.jurorId(), id -> new ArrayList<>()).add(sheet));

        // From here on every figure of a juror or an application depends on its own sheets alone, so
        // jurors and applications are worked out in parallel (the maps above are only read) and
        // collected in their fixed order: the same figures as one thread would give.
        var memo = new Memo();
        var jurorScores = byJuror.values().parallelStream().map(own -> {
            var values = own.stream().map(totals::get).toList();
            var mean = mean(values);
            var sd = standardDeviation(values, mean);
            var zOfTotal = new HashMap<BigDecimal, BigDecimal>();
            return own.stream().map(sheet -> sd.signum() == 0 ? BigDecimal.ZERO : zOfTotal.computeIfAbsent(
                    totals.get(sheet), total -> total.subtract(mean).divide(sd, MC))).toList();
        }).toList();
        var zScores = new IdentityHashMap<Sheet, BigDecimal>(sheets.size());
        var jurorIndex = 0;
        for (var own : byJuror.values()) {
            var z = jurorScores.get(jurorIndex++);
            for (int i = 0; i < own.size(); i++) {
                zScores.put(own.get(i), z.get(i));
            }
        }

        var scoreList = entries.values().parallelStream().map(entry -> {
            var own = byApplication.getOrDefault(entry.applicationId(), List.of());
            var values = own.stream().map(totals::get).toList();
            var mean = values.isEmpty() ? BigDecimal.ZERO : memo.mean(values);
            var criterionMeans = new LinkedHashMap<String, BigDecimal>();
            for (int c = 0; c < rules.criteria().size(); c++) {
                int index = c;
                criterionMeans.put(rules.criteria().get(c).code(), own.isEmpty() ? BigDecimal.ZERO
                        : memo.mean(own.stream().map(sheet -> weightedScores.get(sheet)[index]).toList()));
            }
            return new Scores(mean, memo.trimmedMean(values, mean),
                    own.isEmpty() ? BigDecimal.ZERO : mean(own.stream().map(zScores::get).toList()),
                    values.isEmpty() ? BigDecimal.ZERO : memo.standardDeviation(values, mean), own.size(),
                    criterionMeans);
        }).toList();
        var scores = new TreeMap<Long, Scores>();
        var scoreIndex = 0;
        for (var entry : entries.values()) {
            scores.put(entry.applicationId(), scoreList.get(scoreIndex++));
        }

        // Normalised: the average z-scores mapped linearly onto the min–max range of the raw means.
        var reviewed = scores.values().stream().filter(s -> s.reviews() > 0).toList();
        var minMean = reviewed.stream().map(Scores::mean).min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        var maxMean = reviewed.stream().map(Scores::mean).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        var minZ = reviewed.stream().map(Scores::zMean).min(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
        var maxZ = reviewed.stream().map(Scores::zMean).max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);

        var tieBreakers = rules.criteria().stream().filter(c -> c.tieBreakOrder() != null)
                .sorted(Comparator.comparing(Criterion::tieBreakOrder)).toList();
        var rows = entries.values().parallelStream().map(entry -> {
            var s = scores.get(entry.applicationId());
            var normalised = s.reviews() == 0 ? BigDecimal.ZERO : maxZ.compareTo(minZ) == 0 ? s.mean()
                    : minMean.add(s.zMean().subtract(minZ).divide(maxZ.subtract(minZ), MC)
                    .multiply(maxMean.subtract(minMean), MC));
            var ranking = switch (rules.method()) {
                case MEAN -> s.mean();
                case TRIMMED_MEAN -> s.trimmed();
                case NORMALISED -> normalised;
            };
            return new Row(entry, s, normalised, round(ranking), s.reviews() >= rules.reviewersPerApplication(),
                    tieBreakers.stream().map(c -> round(s.criterionMeans().get(c.code()))).toList());
        }).toList();

        // Score, then the tie-break criteria in their order, then the earlier submission (domain.md §7).
        Comparator<Row> order = ((Comparator<Row>) ResultCalculator::bySortKeyDescending)
                .thenComparing(row -> row.entry().submittedAt())
                .thenComparingLong(row -> row.entry().applicationId());

        var decisions = new HashMap<Long, List<Decision>>();
        rows.forEach(row -> decisions.put(row.entry().applicationId(), new ArrayList<>()));
        var places = new HashMap<Long, Integer>();
        var grants = new HashMap<Long, Boolean>();
        var ranks = new HashMap<Long, Integer>();

        var byDirection = new TreeMap<Long, List<Row>>();
        rows.forEach(row -> byDirection.computeIfAbsent(row.entry().directionId(), d -> new ArrayList<>()).add(row));
        byDirection.values().parallelStream().forEach(directionRows -> directionRows.sort(order));
        for (var directionRows : byDirection.values()) {
            int place = 0;
            for (int i = 0; i < directionRows.size(); i++) {
                var row = directionRows.get(i);
                var id = row.entry().applicationId();
                ranks.put(id, i + 1);
                var own = decisions.get(id);
                own.add(new Decision(Rule.RANKED_BY_SCORE, row.rankingScore().toPlainString()));
                if (i > 0) {
                    explainTie(directionRows.get(i - 1), row, tieBreakers, decisions);
                }
                if (!row.full()) {
                    own.add(new Decision(Rule.NOT_FULLY_REVIEWED, row.scores().reviews() + "/"
                            + rules.reviewersPerApplication()));
                    continue;
                }
                if (row.rankingScore().compareTo(rules.minimumScore()) < 0) {
                    own.add(new Decision(Rule.BELOW_MINIMUM_SCORE, rules.minimumScore().toPlainString()));
                    continue;
                }
                if (place < rules.placesPerDirection()) {
                    place++;
                    places.put(id, place);
                    own.add(new Decision(Rule.PLACE_AWARDED, String.valueOf(place)));
                }
            }
        }

        var global = rows.toArray(Row[]::new);
        Arrays.parallelSort(global, order);
        var candidates = Arrays.stream(global)
                .filter(row -> row.full() && row.rankingScore().compareTo(rules.minimumScore()) >= 0).toList();
        int left = rules.grantCount();
        if (rules.grantPolicy() == GrantPolicy.PLACE_WINNERS) {
            var winners = candidates.stream().filter(row -> places.containsKey(row.entry().applicationId()))
                    .sorted(Comparator.<Row>comparingInt(row -> places.get(row.entry().applicationId()))
                            .thenComparing(order)).toList();
            for (var row : winners) {
                if (left == 0) {
                    decisions.get(row.entry().applicationId()).add(new Decision(Rule.NO_GRANT_LEFT, ""));
                    continue;
                }
                grants.put(row.entry().applicationId(), true);
                decisions.get(row.entry().applicationId()).add(new Decision(Rule.GRANT_AS_PLACE_WINNER, ""));
                left--;
            }
        } else if (rules.grantPolicy() == GrantPolicy.OVERALL_TOP) {
            for (var row : candidates) {
                if (left == 0) {
                    break;
                }
                grants.put(row.entry().applicationId(), true);
                decisions.get(row.entry().applicationId()).add(new Decision(Rule.GRANT_OVERALL_TOP, ""));
                left--;
            }
        } else {
            for (var direction : byDirection.keySet()) {
                int quota = rules.grantQuotas().getOrDefault(direction, 0);
                for (var row : candidates) {
                    if (quota == 0 || left == 0) {
                        break;
                    }
                    if (row.entry().directionId() == direction) {
                        grants.put(row.entry().applicationId(), true);
                        decisions.get(row.entry().applicationId())
                                .add(new Decision(Rule.GRANT_DIRECTION_QUOTA, String.valueOf(direction)));
                        quota--;
                        left--;
                    }
                }
            }
        }
        // Grants a direction cannot use go to the best remaining projects overall (domain.md §7).
        if (rules.grantPolicy() != GrantPolicy.OVERALL_TOP) {
            for (var row : candidates) {
                if (left == 0) {
                    break;
                }
                if (!grants.containsKey(row.entry().applicationId())) {
                    grants.put(row.entry().applicationId(), true);
                    decisions.get(row.entry().applicationId()).add(new Decision(Rule.GRANT_REDISTRIBUTED, ""));
                    left--;
                }
            }
        }

        var result = new ArrayList<RankedApplication>();
        for (var directionRows : byDirection.values()) {
            for (var row : directionRows) {
                var id = row.entry().applicationId();
                var s = row.scores();
                result.add(new RankedApplication(id, row.entry().directionId(), ranks.get(id), s.reviews(), row.full(),
                        round(s.mean()), round(s.trimmed()), round(row.normalised()), row.rankingScore(),
                        round(s.spread()), WeightedTotal.aboveThreshold(s.spread(), rules.varianceThreshold()),
                        places.get(id), grants.getOrDefault(id, false), List.copyOf(decisions.get(id))));
            }
        }
        return List.copyOf(result);
    }

    /** Records, on both neighbours with the same score, which rule put them in this order. */
    private static void explainTie(Row previous, Row row, List<Criterion> tieBreakers,
                                   Map<Long, List<Decision>> decisions) {
        if (previous.rankingScore().compareTo(row.rankingScore()) != 0) {
            return;
        }
        for (int t = 0; t < tieBreakers.size(); t++) {
            if (previous.tieBreaks().get(t).compareTo(row.tieBreaks().get(t)) != 0) {
                var decision = new Decision(Rule.TIE_BROKEN_ON_CRITERION, tieBreakers.get(t).code());
                decisions.get(previous.entry().applicationId()).add(decision);
                decisions.get(row.entry().applicationId()).add(decision);
                return;
            }
        }
        var decision = new Decision(Rule.TIE_BROKEN_ON_SUBMISSION_TIME, "");
        decisions.get(previous.entry().applicationId()).add(decision);
        decisions.get(row.entry().applicationId()).add(decision);
    }

    static BigDecimal mean(List<BigDecimal> values) {
        return WeightedTotal.mean(values);
    }

    /**
     * Means and square roots remembered by their exact input (value and scale): the scores are
     * small integers, so the same sums and the same variances come back thousands of times at
     * national scale, and a 34-digit division or square root is the costly step. The same input
     * always gives the same output, so remembering changes no figure. Safe for the parallel loops.
     */
    private static final class Memo {

        private record Key(BigDecimal sum, int count) {
        }

        private final Map<Key, BigDecimal> means = new ConcurrentHashMap<>();
        private final Map<BigDecimal, BigDecimal> roots = new ConcurrentHashMap<>();

        BigDecimal mean(List<BigDecimal> values) {
            return mean(WeightedTotal.sum(values), values.size());
        }

        /** With five or more reviews the highest and the lowest total are dropped (domain.md §7). */
        BigDecimal trimmedMean(List<BigDecimal> values, BigDecimal mean) {
            if (values.size() < 5) {
                return mean;
            }
            var sorted = values.stream().sorted().toList();
            return mean(sorted.subList(1, sorted.size() - 1));
        }

        private BigDecimal mean(BigDecimal sum, int count) {
            return means.computeIfAbsent(new Key(sum, count), key -> WeightedTotal.mean(key.sum(), key.count()));
        }

        /** {@link WeightedTotal#standardDeviation}, step by step. */
        BigDecimal standardDeviation(List<BigDecimal> values, BigDecimal mean) {
            if (values.size() < 2) {
                return BigDecimal.ZERO;
            }
            var variance = mean(WeightedTotal.squaredDeviations(values, mean), values.size());
            return roots.computeIfAbsent(variance, WeightedTotal::root);
        }
    }

    /** Population standard deviation. */
    static BigDecimal standardDeviation(List<BigDecimal> values, BigDecimal mean) {
        return WeightedTotal.standardDeviation(values, mean);
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
