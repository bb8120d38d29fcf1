package kz.urpaq.results;

import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.results.RankedApplication.Decision;
import kz.urpaq.results.RankedApplication.Rule;
import kz.urpaq.results.ScoringInput.Criterion;
import kz.urpaq.results.ScoringInput.Entry;
import kz.urpaq.results.ScoringInput.Sheet;
import kz.urpaq.review.WeightedTotal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Computes scores, ranking, places and grants exactly as domain.md §7 says, from the rules and the
 * submitted score sheets alone. A juror's total, the mean, the spread and the variance flag are the
 * review's own formula ({@link WeightedTotal}), so the review room's pages and the ranking never
 * disagree, and the same scores give the same result whatever order the rows arrive in.
 *
 * <p>Decision 034: applications, sheets and jurors are numbered and worked on in arrays, and the
 * figures that are rational numbers of small integers are computed as such. With L the least common
 * multiple of the scale maxima, a juror's total times L is the integer Σ wᵢ·sᵢ·(L / maxᵢ), so a mean
 * of k totals is that integer sum over L·k and a criterion's mean is wᵢ·Σsᵢ over maxᵢ·k: rounded
 * HALF_UP to {@value #SCALE} decimals by integer division, they are the figures the decimal formula
 * gives (the proof is in the decision). So are the rounded spread and the variance flag, compared as
 * squares. The z-scores behind the normalised score have no such form and are still computed in
 * decimals by {@link WeightedTotal}, as are the few figures that lie exactly on a rounding boundary.
 */
public final class ResultCalculator {

    /** Scores are compared and published with this many decimals. */
    public static final int SCALE = 4;
    private static final MathContext MC = WeightedTotal.MATH;
    private static final long TEN_THOUSAND = 10_000;
    /** Above this least common multiple of the scale maxima the figures are computed in decimals alone. */
    private static final long MAX_INTEGRAL_LCM = 1_000_000_000L;
    /** Above this count of reviews × L an application's spread is computed in decimals alone (decision 034). */
    private static final long MAX_EXACT_SPREAD = 100_000L;

    /**
     * One application in the order of the ranking. {@code sortKey}: the ranking score and then the
     * tie-break criterion means as whole numbers of ten-thousandths (all of them rounded to
     * {@link #SCALE} decimals, and decimals of one scale compare as their unscaled values do).
     */
    private record Row(int index, Entry entry, long[] sortKey, boolean full, boolean aboveMinimum) {

        BigDecimal rankingScore() {
            return BigDecimal.valueOf(sortKey[0], SCALE);
        }
    }

    /**
     * The ranking's order (domain.md §7): higher ranking score first, then higher tie-break values in
     * their order, then the earlier submission, then the lower application id.
     */
    private static int inRankingOrder(Row a, Row b) {
        var keyA = a.sortKey();
        var keyB = b.sortKey();
        for (int i = 0; i < keyA.length; i++) {
            var c = Long.compare(keyB[i], keyA[i]);
            if (c != 0) {
                return c;
            }
        }
        var c = a.entry().submittedAt().compareTo(b.entry().submittedAt());
        return c != 0 ? c : Long.compare(a.entry().applicationId(), b.entry().applicationId());
    }

    private ResultCalculator() {
    }

    /** A juror's total for one sheet on 0–100: Σ wᵢ·sᵢ / maxᵢ with weights in percent. */
    public static BigDecimal total(List<Criterion> criteria, Map<String, Integer> scores) {
        var total = BigDecimal.ZERO;
        for (var criterion : criteria) {
            total = total.add(WeightedTotal.share(criterion.weightPercent(), score(criterion, scores),
                    criterion.scaleMax()));
        }
        return total;
    }

    private static int score(Criterion criterion, Map<String, Integer> scores) {
        var score = scores.get(criterion.code());
        if (score == null || score < 0 || score > criterion.scaleMax()) {
            throw new IllegalArgumentException("score for " + criterion.code() + " missing or outside 0–"
                    + criterion.scaleMax());
        }
        return score;
    }

    public static List<RankedApplication> compute(ScoringInput input) {
        var rules = input.rules();
        var criteria = rules.criteria();
        int criterionCount = criteria.size();

        // Applications by id; of two entries with one id the later counts.
        var sortedEntries = input.entries().toArray(Entry[]::new);
        Arrays.sort(sortedEntries, Comparator.comparingLong(Entry::applicationId));
        var kept = new ArrayList<Entry>(sortedEntries.length);
        for (int i = 0; i < sortedEntries.length; i++) {
            if (i + 1 == sortedEntries.length
                    || sortedEntries[i + 1].applicationId() != sortedEntries[i].applicationId()) {
                kept.add(sortedEntries[i]);
            }
        }
        var entries = kept.toArray(Entry[]::new);
        int applicationCount = entries.length;
        var applicationIds = new long[applicationCount];
        for (int a = 0; a < applicationCount; a++) {
            applicationIds[a] = entries[a].applicationId();
        }

        // Sheets of known applications, by application then juror (a stable counting sort).
        var inputSheets = input.sheets();
        var applicationOf = new int[inputSheets.size()];
        var firstSheet = new int[applicationCount + 1];
        for (int i = 0; i < inputSheets.size(); i++) {
            applicationOf[i] = Arrays.binarySearch(applicationIds, inputSheets.get(i).applicationId());
            if (applicationOf[i] >= 0) {
                firstSheet[applicationOf[i] + 1]++;
            }
        }
        for (int a = 0; a < applicationCount; a++) {
            firstSheet[a + 1] += firstSheet[a];
        }
        int sheetCount = firstSheet[applicationCount];
        var sheets = new Sheet[sheetCount];
        var next = Arrays.copyOf(firstSheet, applicationCount);
        for (int i = 0; i < inputSheets.size(); i++) {
            if (applicationOf[i] >= 0) {
                sheets[next[applicationOf[i]]++] = inputSheets.get(i);
            }
        }
        for (int a = 0; a < applicationCount; a++) {
            for (int i = firstSheet[a] + 1; i < firstSheet[a + 1]; i++) {
                var sheet = sheets[i];
                int j = i - 1;
                while (j >= firstSheet[a] && sheets[j].jurorId() > sheet.jurorId()) {
                    sheets[j + 1] = sheets[j];
                    j--;
                }
                sheets[j + 1] = sheet;
            }
        }

        var arithmetic = new Arithmetic(criteria, rules.varianceThreshold());
        var scores = new int[sheetCount * criterionCount];
        var scaled = new long[sheetCount];
        IntStream.range(0, sheetCount).parallel().forEach(i -> {
            for (int c = 0; c < criterionCount; c++) {
                scores[i * criterionCount + c] = score(criteria.get(c), sheets[i].scores());
            }
            scaled[i] = arithmetic.scaledTotal(scores, i * criterionCount);
        });
        var totals = new BigDecimal[sheetCount];
        IntStream.range(0, sheetCount).parallel().forEach(i ->
                totals[i] = arithmetic.total(scores, i * criterionCount, scaled[i]));

        // Jurors, numbered in the order of their ids, with their sheets in the order above.
        var jurorIds = Arrays.stream(sheets).mapToLong(Sheet::jurorId).sorted().distinct().toArray();
        var firstOfJuror = new int[jurorIds.length + 1];
        var jurorOf = new int[sheetCount];
        for (int i = 0; i < sheetCount; i++) {
            jurorOf[i] = Arrays.binarySearch(jurorIds, sheets[i].jurorId());
            firstOfJuror[jurorOf[i] + 1]++;
        }
        for (int j = 0; j < jurorIds.length; j++) {
            firstOfJuror[j + 1] += firstOfJuror[j];
        }
        var jurorSheets = new int[sheetCount];
        var nextOfJuror = Arrays.copyOf(firstOfJuror, jurorIds.length);
        for (int i = 0; i < sheetCount; i++) {
            jurorSheets[nextOfJuror[jurorOf[i]]++] = i;
        }

        // Each juror's z-scores depend on that juror's sheets alone, each application's figures on its
        // own sheets alone: both are worked out in parallel into their own slots, the same figures as
        // one thread would give.
        var zScores = new BigDecimal[sheetCount];
        IntStream.range(0, jurorIds.length).parallel().forEach(j -> {
            var values = new ArrayList<BigDecimal>(firstOfJuror[j + 1] - firstOfJuror[j]);
            for (int k = firstOfJuror[j]; k < firstOfJuror[j + 1]; k++) {
                values.add(totals[jurorSheets[k]]);
            }
            var mean = WeightedTotal.mean(values);
            var sd = WeightedTotal.standardDeviation(values, mean);
            var zOfTotal = new HashMap<BigDecimal, BigDecimal>();
            for (int k = firstOfJuror[j]; k < firstOfJuror[j + 1]; k++) {
                var total = totals[jurorSheets[k]];
                zScores[jurorSheets[k]] = sd.signum() == 0 ? BigDecimal.ZERO
                        : zOfTotal.computeIfAbsent(total, t -> t.subtract(mean).divide(sd, MC));
            }
        });

        var tieBreakers = criteria.stream().filter(c -> c.tieBreakOrder() != null)
                .sorted(Comparator.comparing(Criterion::tieBreakOrder)).toList();
        var tieBreakIndex = tieBreakers.stream().mapToInt(criteria::indexOf).toArray();
        var mean = new long[applicationCount];
        var trimmed = new long[applicationCount];
        var spread = new long[applicationCount];
        var flagged = new boolean[applicationCount];
        var zMean = new BigDecimal[applicationCount];
        var tieBreaks = new long[applicationCount][];
        var memo = new Memo();
        IntStream.range(0, applicationCount).parallel().forEach(a -> {
            int from = firstSheet[a];
            int to = firstSheet[a + 1];
            int reviews = to - from;
            var means = new long[tieBreakIndex.length];
            tieBreaks[a] = means;
            if (reviews == 0) {
                flagged[a] = WeightedTotal.aboveThreshold(BigDecimal.ZERO, rules.varianceThreshold());
                zMean[a] = BigDecimal.ZERO;
                return;
            }
            var own = Arrays.asList(Arrays.copyOfRange(totals, from, to));
            mean[a] = arithmetic.roundedMean(scaled, from, to, () -> memo.mean(own));
            trimmed[a] = reviews < 5 ? mean[a] : arithmetic.roundedTrimmedMean(scaled, from, to,
                    () -> memo.trimmedMean(own));
            if (!arithmetic.spread(scaled, from, to, spread, flagged, a)) {
                var decimal = memo.spread(arithmetic, scaled, from, to, own);
                spread[a] = unscaled(round(decimal));
                flagged[a] = WeightedTotal.aboveThreshold(decimal, rules.varianceThreshold());
            }
            zMean[a] = WeightedTotal.mean(Arrays.asList(Arrays.copyOfRange(zScores, from, to)));
            for (int t = 0; t < tieBreakIndex.length; t++) {
                means[t] = arithmetic.roundedCriterionMean(tieBreakIndex[t], scores, from, to);
            }
        });

        // Normalised: the average z-scores mapped linearly onto the min–max range of the raw means.
        int lowest = -1;
        int highest = -1;
        BigDecimal minZ = null;
        BigDecimal maxZ = null;
        for (int a = 0; a < applicationCount; a++) {
            if (firstSheet[a + 1] == firstSheet[a]) {
                continue;
            }
            if (lowest < 0 || arithmetic.compareMeans(scaled, firstSheet, a, lowest, totals) < 0) {
                lowest = a;
            }
            if (highest < 0 || arithmetic.compareMeans(scaled, firstSheet, a, highest, totals) > 0) {
                highest = a;
            }
            minZ = minZ == null || zMean[a].compareTo(minZ) < 0 ? zMean[a] : minZ;
            maxZ = maxZ == null || zMean[a].compareTo(maxZ) > 0 ? zMean[a] : maxZ;
        }
        var minMean = lowest < 0 ? BigDecimal.ZERO : decimalMean(totals, firstSheet, lowest);
        var maxMean = highest < 0 ? BigDecimal.ZERO : decimalMean(totals, firstSheet, highest);
        var lowZ = minZ == null ? BigDecimal.ZERO : minZ;
        var highZ = maxZ == null ? BigDecimal.ZERO : maxZ;

        var normalised = new long[applicationCount];
        var rows = IntStream.range(0, applicationCount).parallel().mapToObj(a -> {
            int reviews = firstSheet[a + 1] - firstSheet[a];
            var value = reviews == 0 ? BigDecimal.ZERO : highZ.compareTo(lowZ) == 0 ? decimalMean(totals, firstSheet, a)
                    : minMean.add(zMean[a].subtract(lowZ).divide(highZ.subtract(lowZ), MC)
                    .multiply(maxMean.subtract(minMean), MC));
            normalised[a] = unscaled(round(value));
            var key = new long[1 + tieBreakIndex.length];
            key[0] = switch (rules.method()) {
                case MEAN -> mean[a];
                case TRIMMED_MEAN -> trimmed[a];
                case NORMALISED -> normalised[a];
            };
            System.arraycopy(tieBreaks[a], 0, key, 1, tieBreakIndex.length);
            return new Row(a, entries[a], key, reviews >= rules.reviewersPerApplication(),
                    BigDecimal.valueOf(key[0], SCALE).compareTo(rules.minimumScore()) >= 0);
        }).toList();

        // Score, then the tie-break criteria in their order, then the earlier submission (domain.md §7).
        // A total order, so each direction's order is the overall order with the other directions left out.
        Comparator<Row> order = ResultCalculator::inRankingOrder;
        var global = rows.toArray(Row[]::new);
        Arrays.parallelSort(global, order);

        @SuppressWarnings("unchecked")
        List<Decision>[] decisions = new List[applicationCount];
        var places = new Integer[applicationCount];
        var grants = new boolean[applicationCount];
        var ranks = new int[applicationCount];
        for (int a = 0; a < applicationCount; a++) {
            decisions[a] = new ArrayList<>();
        }

        var byDirection = new TreeMap<Long, List<Row>>();
        for (var row : global) {
            byDirection.computeIfAbsent(row.entry().directionId(), d -> new ArrayList<>()).add(row);
        }
        for (var directionRows : byDirection.values()) {
            int place = 0;
            for (int i = 0; i < directionRows.size(); i++) {
                var row = directionRows.get(i);
                var own = decisions[row.index()];
                ranks[row.index()] = i + 1;
                own.add(new Decision(Rule.RANKED_BY_SCORE, plain(row.sortKey()[0])));
                if (i > 0) {
                    explainTie(directionRows.get(i - 1), row, tieBreakers, decisions);
                }
                if (!row.full()) {
                    own.add(new Decision(Rule.NOT_FULLY_REVIEWED, (firstSheet[row.index() + 1]
                            - firstSheet[row.index()]) + "/" + rules.reviewersPerApplication()));
                    continue;
                }
                if (!row.aboveMinimum()) {
                    own.add(new Decision(Rule.BELOW_MINIMUM_SCORE, rules.minimumScore().toPlainString()));
                    continue;
                }
                if (place < rules.placesPerDirection()) {
                    place++;
                    places[row.index()] = place;
                    own.add(new Decision(Rule.PLACE_AWARDED, String.valueOf(place)));
                }
            }
        }

        var candidates = Arrays.stream(global).filter(row -> row.full() && row.aboveMinimum()).toList();
        int left = rules.grantCount();
        if (rules.grantPolicy() == GrantPolicy.PLACE_WINNERS) {
            var winners = candidates.stream().filter(row -> places[row.index()] != null)
                    .sorted(Comparator.<Row>comparingInt(row -> places[row.index()]).thenComparing(order)).toList();
            for (var row : winners) {
                if (left == 0) {
                    decisions[row.index()].add(new Decision(Rule.NO_GRANT_LEFT, ""));
                    continue;
                }
                grants[row.index()] = true;
                decisions[row.index()].add(new Decision(Rule.GRANT_AS_PLACE_WINNER, ""));
                left--;
            }
        } else if (rules.grantPolicy() == GrantPolicy.OVERALL_TOP) {
            for (var row : candidates) {
                if (left == 0) {
                    break;
                }
                grants[row.index()] = true;
                decisions[row.index()].add(new Decision(Rule.GRANT_OVERALL_TOP, ""));
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
                        grants[row.index()] = true;
                        decisions[row.index()].add(new Decision(Rule.GRANT_DIRECTION_QUOTA,
                                String.valueOf(direction)));
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
                if (!grants[row.index()]) {
                    grants[row.index()] = true;
                    decisions[row.index()].add(new Decision(Rule.GRANT_REDISTRIBUTED, ""));
                    left--;
                }
            }
        }

        var ranked = byDirection.values().stream().flatMap(List::stream).toArray(Row[]::new);
        return Arrays.stream(ranked).parallel().map(row -> {
            int a = row.index();
            return new RankedApplication(row.entry().applicationId(), row.entry().directionId(), ranks[a],
                    firstSheet[a + 1] - firstSheet[a], row.full(), BigDecimal.valueOf(mean[a], SCALE),
                    BigDecimal.valueOf(trimmed[a], SCALE), BigDecimal.valueOf(normalised[a], SCALE),
                    row.rankingScore(), BigDecimal.valueOf(spread[a], SCALE), flagged[a], places[a], grants[a],
                    List.copyOf(decisions[a]));
        }).toList();
    }

    /** Ten-thousandths as {@code BigDecimal.valueOf(unscaled, SCALE).toPlainString()} writes them. */
    private static String plain(long unscaled) {
        if (unscaled < 0) {
            return BigDecimal.valueOf(unscaled, SCALE).toPlainString();
        }
        var fraction = String.valueOf(unscaled % TEN_THOUSAND);
        return unscaled / TEN_THOUSAND + "." + "0".repeat(SCALE - fraction.length()) + fraction;
    }

    /** The decimal mean of an application's totals, as {@link WeightedTotal#mean} gives it. */
    private static BigDecimal decimalMean(BigDecimal[] totals, int[] firstSheet, int application) {
        return WeightedTotal.mean(Arrays.asList(Arrays.copyOfRange(totals, firstSheet[application],
                firstSheet[application + 1])));
    }

    /** Records, on both neighbours with the same score, which rule put them in this order. */
    private static void explainTie(Row previous, Row row, List<Criterion> tieBreakers, List<Decision>[] decisions) {
        if (previous.sortKey()[0] != row.sortKey()[0]) {
            return;
        }
        for (int t = 0; t < tieBreakers.size(); t++) {
            if (previous.sortKey()[t + 1] != row.sortKey()[t + 1]) {
                var decision = new Decision(Rule.TIE_BROKEN_ON_CRITERION, tieBreakers.get(t).code());
                decisions[previous.index()].add(decision);
                decisions[row.index()].add(decision);
                return;
            }
        }
        var decision = new Decision(Rule.TIE_BROKEN_ON_SUBMISSION_TIME, "");
        decisions[previous.index()].add(decision);
        decisions[row.index()].add(decision);
    }

    /**
     * The integer side of decision 034. With L the least common multiple of the scale maxima, a
     * sheet's total × L is an integer (its <em>scaled total</em>), so every mean is an exact
     * fraction of integers, rounded here HALF_UP by integer division. The decimal formula gives the
     * same rounded figure (decision 034), with one exception: when a share wᵢ·sᵢ / maxᵢ has no finite
     * decimal (a maximum with a prime factor other than 2 and 5), the decimal formula works on
     * 34-digit approximations, which can fall on either side of a figure that lies exactly halfway
     * between two ten-thousandths. That one case, and every case when L is too large for
     * {@code long}, takes the decimal formula itself.
     */
    private static final class Arithmetic {

        private final int[] weights;
        private final int[] maxima;
        private final long lcm;
        /** wᵢ·(L / maxᵢ): a score's share of the scaled total. */
        private final long[] factors;
        /** The variance threshold's square in units of 10⁻⁸, or null when it is too large or too fine for {@link #spread}. */
        private final BigInteger thresholdSquared;
        /** Whether every share has a finite decimal, so the decimal totals are exact. */
        private final boolean exactShares;
        private final boolean integral;
        private final BigDecimal[][] shares;
        /**
         * The decimal total of each scaled total, when the totals are exact and there are few:
         * filled as met. Two threads may fill a slot at once, with equal immutable values.
         */
        private final BigDecimal[] totalsTable;
        private final Map<Long, BigDecimal> totals = new ConcurrentHashMap<>();

        Arithmetic(List<Criterion> criteria, BigDecimal threshold) {
            var fitting = threshold.signum() >= 0 && threshold.compareTo(BigDecimal.valueOf(1000)) <= 0
                    && threshold.stripTrailingZeros().scale() <= SCALE;
            var unscaledThreshold = fitting ? threshold.setScale(SCALE).unscaledValue() : BigInteger.ZERO;
            thresholdSquared = fitting ? unscaledThreshold.multiply(unscaledThreshold) : null;
            int n = criteria.size();
            weights = criteria.stream().mapToInt(Criterion::weightPercent).toArray();
            maxima = criteria.stream().mapToInt(Criterion::scaleMax).toArray();
            factors = new long[n];
            shares = new BigDecimal[n][];
            long l = 1;
            boolean fits = true;
            boolean exact = true;
            for (int c = 0; c < n; c++) {
                exact &= exactShare(maxima[c]);
                if (fits) {
                    l = l / gcd(l, maxima[c]) * maxima[c];
                    fits = l <= MAX_INTEGRAL_LCM;
                }
            }
            for (int c = 0; c < n && fits; c++) {
                factors[c] = (long) weights[c] * (l / maxima[c]);
            }
            lcm = l;
            integral = fits;
            exactShares = exact;
            totalsTable = new BigDecimal[fits && exact && l <= 1_000 ? (int) (100 * l + 1) : 0];
            for (int c = 0; c < n; c++) {
                if (maxima[c] <= TABLED_MAXIMUM) {
                    shares[c] = new BigDecimal[maxima[c] + 1];
                    for (int s = 0; s <= maxima[c]; s++) {
                        shares[c][s] = WeightedTotal.share(weights[c], s, maxima[c]);
                    }
                }
            }
        }

        /** Criterion {@code c}'s share for score {@code s}, as {@link WeightedTotal#share} gives it. */
        private BigDecimal share(int c, int s) {
            return shares[c] != null ? shares[c][s] : WeightedTotal.share(weights[c], s, maxima[c]);
        }

        /**
         * Whether every share w·s / max has a short finite decimal, so that its 34-digit decimal is
         * exact: a maximum with no prime factor but 2 and 5, up to {@value #TABLED_MAXIMUM} (then a
         * share has at most 3 + 13 digits, and a sum of them stays exact too).
         */
        static boolean exactShare(int maximum) {
            if (maximum > TABLED_MAXIMUM) {
                return false;
            }
            int value = maximum;
            while (value % 2 == 0) {
                value /= 2;
            }
            while (value % 5 == 0) {
                value /= 5;
            }
            return value == 1;
        }

        private static final int TABLED_MAXIMUM = 10_000;

        private static long gcd(long a, long b) {
            return b == 0 ? a : gcd(b, a % b);
        }

        /** Σ wᵢ·sᵢ·(L / maxᵢ): the sheet's total × L (zero when the figures are decimal only). */
        long scaledTotal(int[] scores, int offset) {
            if (!integral) {
                return 0;
            }
            long total = 0;
            for (int c = 0; c < factors.length; c++) {
                total += factors[c] * scores[offset + c];
            }
            return total;
        }

        /**
         * The sheet's total as {@link WeightedTotal} adds it: the decimal shares in criterion order.
         * When every share is exact that sum is the scaled total / L exactly, one value per scaled total.
         */
        BigDecimal total(int[] scores, int offset, long scaledTotal) {
            if (integral && exactShares) {
                if (scaledTotal < totalsTable.length) {
                    var total = totalsTable[(int) scaledTotal];
                    if (total == null) {
                        total = new BigDecimal(scaledTotal).divide(BigDecimal.valueOf(lcm), MC);
                        totalsTable[(int) scaledTotal] = total;
                    }
                    return total;
                }
                return totals.computeIfAbsent(scaledTotal,
                        t -> new BigDecimal(t).divide(BigDecimal.valueOf(lcm), MC));
            }
            var total = BigDecimal.ZERO;
            for (int c = 0; c < shares.length; c++) {
                total = total.add(share(c, scores[offset + c]));
            }
            return total;
        }

        /** The mean of the totals of sheets {@code from} to {@code to}, in ten-thousandths, HALF_UP. */
        long roundedMean(long[] scaled, int from, int to, java.util.function.Supplier<BigDecimal> decimal) {
            if (!integral) {
                return unscaled(round(decimal.get()));
            }
            long sum = 0;
            for (int i = from; i < to; i++) {
                sum += scaled[i];
            }
            return rounded(sum, lcm * (to - from), exactShares, decimal);
        }

        /** As {@link #roundedMean}, without the highest and the lowest total (five reviews or more). */
        long roundedTrimmedMean(long[] scaled, int from, int to, java.util.function.Supplier<BigDecimal> decimal) {
            if (!integral) {
                return unscaled(round(decimal.get()));
            }
            long sum = 0;
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int i = from; i < to; i++) {
                sum += scaled[i];
                min = Math.min(min, scaled[i]);
                max = Math.max(max, scaled[i]);
            }
            return rounded(sum - min - max, lcm * (to - from - 2), exactShares, decimal);
        }

        /** The mean of criterion {@code c}'s shares, wᵢ·Σsᵢ / (maxᵢ·k), in ten-thousandths, HALF_UP. */
        long roundedCriterionMean(int c, int[] scores, int from, int to) {
            int count = maxima.length;
            long sum = 0;
            for (int i = from; i < to; i++) {
                sum += scores[i * count + c];
            }
            return rounded(weights[c] * sum, (long) maxima[c] * (to - from), exactShare(maxima[c]), () -> {
                var shareSum = BigDecimal.ZERO;
                for (int i = from; i < to; i++) {
                    shareSum = shareSum.add(share(c, scores[i * count + c]));
                }
                return WeightedTotal.mean(shareSum, to - from);
            });
        }

        /**
         * The spread of sheets {@code from} to {@code to} in ten-thousandths, HALF_UP, and whether it
         * is above the variance threshold, worked out exactly into {@code spread[a]} and
         * {@code flagged[a]}; false when only the decimal formula can tell. The population variance
         * of the totals N / L is P / Q with P = k·ΣN² − (ΣN)² and Q = k²·L², so the spread rounds to
         * j ten-thousandths where (2j − 1)²·Q ≤ 4·10⁸·P < (2j + 1)²·Q, and it is above the threshold
         * T = u / 10⁴ where 10⁸·P > u²·Q. A spread exactly halfway or exactly on the threshold takes
         * the decimal formula (decision 034), and so does every spread whose figures would not fit.
         */
        boolean spread(long[] scaled, int from, int to, long[] spread, boolean[] flagged, int a) {
            int count = to - from;
            if (!integral || thresholdSquared == null || (long) count * lcm > MAX_EXACT_SPREAD) {
                return false;
            }
            long p;
            long q;
            long p4;
            try {
                long sum = 0;
                long squares = 0;
                for (int i = from; i < to; i++) {
                    sum = Math.addExact(sum, scaled[i]);
                    squares = Math.addExact(squares, Math.multiplyExact(scaled[i], scaled[i]));
                }
                p = Math.subtractExact(Math.multiplyExact(count, squares), Math.multiplyExact(sum, sum));
                q = (long) count * count * lcm * lcm;
                p4 = Math.multiplyExact(p, 400_000_000L);
            } catch (ArithmeticException tooLarge) {
                return false;
            }
            long j = Math.max(0, Math.round(Math.sqrt((double) p / q) * TEN_THOUSAND));
            while (j > 0 && compareToProduct(p4, odd(j - 1), q) < 0) {
                j--;
            }
            while (compareToProduct(p4, odd(j), q) >= 0) {
                j++;
            }
            if (j > 0 && compareToProduct(p4, odd(j - 1), q) == 0) {
                return false;
            }
            var above = BigInteger.valueOf(p).multiply(BigInteger.TEN.pow(2 * SCALE))
                    .compareTo(thresholdSquared.multiply(BigInteger.valueOf(q)));
            if (above == 0) {
                return false;
            }
            spread[a] = j;
            flagged[a] = above > 0;
            return true;
        }

        /** (2j + 1)². */
        private static long odd(long j) {
            return Math.multiplyExact(2 * j + 1, 2 * j + 1);
        }

        /** {@code a} (≥ 0) compared with {@code b·c} (both ≥ 0), without overflow. */
        private static int compareToProduct(long a, long b, long c) {
            if (Math.multiplyHigh(b, c) != 0) {
                return -1;
            }
            return Long.compareUnsigned(a, b * c);
        }

        /**
         * Whether application {@code a}'s mean is below, equal to or above application {@code b}'s:
         * exactly, as fractions, when integral (the decimal means are ordered the same way: rounding
         * to 34 digits never reverses an order); else on the decimal means.
         */
        int compareMeans(long[] scaled, int[] firstSheet, int a, int b, BigDecimal[] decimalTotals) {
            if (!integral) {
                return decimalMean(decimalTotals, firstSheet, a).compareTo(decimalMean(decimalTotals, firstSheet, b));
            }
            long sumA = 0;
            for (int i = firstSheet[a]; i < firstSheet[a + 1]; i++) {
                sumA += scaled[i];
            }
            long sumB = 0;
            for (int i = firstSheet[b]; i < firstSheet[b + 1]; i++) {
                sumB += scaled[i];
            }
            return BigInteger.valueOf(sumA).multiply(BigInteger.valueOf(firstSheet[b + 1] - firstSheet[b]))
                    .compareTo(BigInteger.valueOf(sumB).multiply(BigInteger.valueOf(firstSheet[a + 1] - firstSheet[a])));
        }

        /**
         * {@code numerator / denominator} (both ≥ 0) in ten-thousandths, HALF_UP. A fraction exactly
         * halfway between two ten-thousandths takes the decimal formula unless the decimals are exact.
         */
        private static long rounded(long numerator, long denominator, boolean exact,
                                    java.util.function.Supplier<BigDecimal> decimal) {
            long quotient;
            long remainder;
            if (numerator <= Long.MAX_VALUE / TEN_THOUSAND) {
                quotient = numerator * TEN_THOUSAND / denominator;
                remainder = numerator * TEN_THOUSAND % denominator;
            } else {
                var parts = BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(TEN_THOUSAND))
                        .divideAndRemainder(BigInteger.valueOf(denominator));
                quotient = parts[0].longValueExact();
                remainder = parts[1].longValueExact();
            }
            if (remainder == denominator - remainder && !exact) {
                return unscaled(round(decimal.get()));
            }
            return remainder >= denominator - remainder ? quotient + 1 : quotient;
        }
    }

    /**
     * Means, trimmed means and spreads remembered by their exact input: the scores are small
     * integers, so the same sums come back thousands of times at national scale, and a 34-digit
     * division or square root is the costly step. The same input always gives the same output, so
     * remembering changes no figure. Safe for the parallel loops.
     */
    private static final class Memo {

        private record Key(BigDecimal sum, int count) {
        }

        /** An application's totals as far as its spread goes: their count, sum and sum of squares, × L. */
        private record SpreadKey(int count, long sum, long squares) {
        }

        private final Map<Key, BigDecimal> means = new ConcurrentHashMap<>();
        private final Map<BigDecimal, BigDecimal> roots = new ConcurrentHashMap<>();
        private final Map<SpreadKey, BigDecimal> spreads = new ConcurrentHashMap<>();

        BigDecimal mean(List<BigDecimal> values) {
            return mean(WeightedTotal.sum(values), values.size());
        }

        /** With five or more reviews the highest and the lowest total are dropped (domain.md §7). */
        BigDecimal trimmedMean(List<BigDecimal> values) {
            if (values.size() < 5) {
                return mean(values);
            }
            var sorted = values.stream().sorted().toList();
            return mean(sorted.subList(1, sorted.size() - 1));
        }

        private BigDecimal mean(BigDecimal sum, int count) {
            return means.computeIfAbsent(new Key(sum, count), key -> WeightedTotal.mean(key.sum(), key.count()));
        }

        /**
         * {@link WeightedTotal#standardDeviation} of the values, step by step. The decimal mean
         * depends on the sum alone, and Σ(t − m)² = Σt² − 2m·Σt + k·m² exactly, so when the totals
         * are exact (scaled total / L) the spread depends on the count, the sum and the sum of
         * squares of the scaled totals alone and is remembered by them.
         */
        BigDecimal spread(Arithmetic arithmetic, long[] scaled, int from, int to, List<BigDecimal> values) {
            if (values.size() < 2) {
                return BigDecimal.ZERO;
            }
            if (!arithmetic.integral || !arithmetic.exactShares) {
                return standardDeviation(values);
            }
            long sum = 0;
            long squares = 0;
            try {
                for (int i = from; i < to; i++) {
                    sum = Math.addExact(sum, scaled[i]);
                    squares = Math.addExact(squares, Math.multiplyExact(scaled[i], scaled[i]));
                }
            } catch (ArithmeticException tooLarge) {
                return standardDeviation(values);
            }
            return spreads.computeIfAbsent(new SpreadKey(values.size(), sum, squares),
                    key -> standardDeviation(values));
        }

        private BigDecimal standardDeviation(List<BigDecimal> values) {
            var mean = mean(values);
            var variance = mean(WeightedTotal.squaredDeviations(values, mean), values.size());
            return roots.computeIfAbsent(variance, WeightedTotal::root);
        }
    }

    private static long unscaled(BigDecimal rounded) {
        return rounded.unscaledValue().longValueExact();
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
