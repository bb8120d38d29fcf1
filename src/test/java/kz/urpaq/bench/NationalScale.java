package kz.urpaq.bench;

import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.ScoreMethod;
import kz.urpaq.results.ScoringInput;
import kz.urpaq.results.ScoringInput.Criterion;
import kz.urpaq.results.ScoringInput.Entry;
import kz.urpaq.results.ScoringInput.Sheet;
import kz.urpaq.review.AssignmentPlanner;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A national competition, made up the same way on every run (fixed seed): 5 directions of 20,000
 * eligible applications, 100 jurors per direction, 3 reviews per application on domain.md's
 * default 5 criteria, each juror a little harsher or milder than the others.
 */
public final class NationalScale {

    public static final int DIRECTIONS = 5;
    public static final int APPLICATIONS = 100_000;
    public static final int REVIEWS = 3;
    public static final int JURORS_PER_DIRECTION = 100;
    public static final List<Criterion> CRITERIA = List.of(new Criterion("relevance", 25, 10, 1),
            new Criterion("novelty", 20, 10, 3), new Criterion("feasibility", 20, 10, 2),
            new Criterion("impact", 20, 10, 4), new Criterion("budget", 15, 10, 5));

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private NationalScale() {
    }

    /** Application {@code i} (0-based) is in direction {@code i % 5 + 1}. */
    public static long directionOf(int application) {
        return application % DIRECTIONS + 1;
    }

    /** The three jurors of application {@code i}: distinct, from its direction's 100, 600 sheets each. */
    public static long[] jurorsOf(int application) {
        long direction = directionOf(application);
        int slot = application / DIRECTIONS;
        long base = direction * 1000;
        return new long[] {base + slot % 100, base + (slot + 33) % 100, base + (slot + 67) % 100};
    }

    /** The score of juror {@code juror} for criterion {@code c} of application {@code i}: 0–10. */
    public static int score(Random random, long juror, int criterion) {
        int bias = (int) (juror % 5) - 2;
        return Math.clamp(random.nextInt(4, 11) + bias, 0, 10);
    }

    public static ScoringInput scoringInput(ScoreMethod method) {
        var rules = new ScoringInput.Rules(method, CRITERIA, REVIEWS, 3, 15, GrantPolicy.PLACE_WINNERS, Map.of(),
                BigDecimal.valueOf(50), BigDecimal.valueOf(15));
        var random = new Random(2026);
        var entries = new ArrayList<Entry>(APPLICATIONS);
        var sheets = new ArrayList<Sheet>(APPLICATIONS * REVIEWS);
        for (int i = 0; i < APPLICATIONS; i++) {
            long id = i + 1;
            entries.add(new Entry(id, directionOf(i), T0.plusSeconds(random.nextInt(30 * 24 * 3600))));
            for (long juror : jurorsOf(i)) {
                var scores = new LinkedHashMap<String, Integer>();
                for (int c = 0; c < CRITERIA.size(); c++) {
                    scores.put(CRITERIA.get(c).code(), score(random, juror, c));
                }
                sheets.add(new Sheet(id, juror, Map.copyOf(scores)));
            }
        }
        return new ScoringInput(rules, entries, sheets);
    }

    /** One panel at national scale: 20,000 applications, 100 jurors, 3 reviewers each, 1 % conflicts. */
    public record Panel(List<Long> applications, List<AssignmentPlanner.Juror> jurors, int reviewers,
                        Set<AssignmentPlanner.Conflict> conflicts) {
    }

    public static Panel panel(int applications, int jurors, int reviewers) {
        var random = new Random(2026);
        var ids = new ArrayList<Long>(applications);
        for (long i = 0; i < applications; i++) {
            ids.add(i);
        }
        // the cap leaves a fifth of slack over an even share, as organisers are told to
        int cap = (int) Math.ceil(applications * reviewers * 1.2 / jurors);
        var panel = new ArrayList<AssignmentPlanner.Juror>(jurors);
        for (long j = 0; j < jurors; j++) {
            panel.add(new AssignmentPlanner.Juror(j, cap));
        }
        var conflicts = new HashSet<AssignmentPlanner.Conflict>();
        while (conflicts.size() < applications / 100) {
            conflicts.add(new AssignmentPlanner.Conflict(random.nextInt(jurors), random.nextInt(applications)));
        }
        return new Panel(List.copyOf(ids), List.copyOf(panel), reviewers, Set.copyOf(conflicts));
    }

    /** The machine's load as /proc/loadavg gives it (1, 5 and 15 minutes), for the record. */
    public static String loadavg() {
        try {
            var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
