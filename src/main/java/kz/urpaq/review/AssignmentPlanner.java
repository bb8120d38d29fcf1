package kz.urpaq.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Plans who reviews what in one direction's panel (issue "organiser's desk"): every application
 * gets {@code k} reviewers, no juror above their cap, nobody on an application they are in
 * conflict with, loads as even as the caps and conflicts allow (busiest minus least busy at most
 * one where possible), and the same input always gives the same plan. Existing assignments are
 * kept as they are, so a rerun only fills gaps. Plain Java: no database, no Spring.
 */
public final class AssignmentPlanner {

    /** A juror of the panel with the most applications they may take. */
    public record Juror(long id, int cap) {
    }

    /** A reviewer already on an application; kept whatever the plan. */
    public record Existing(long applicationId, long jurorId) {
    }

    /** A conflict of interest: the juror must not review the application. */
    public record Conflict(long jurorId, long applicationId) {
    }

    /** A new reviewer for an application. */
    public record Assignment(long applicationId, long jurorId) {
    }

    /**
     * The plan: the assignments to add, and how many reviewer places stay empty because the panel
     * is too small, too busy or too conflicted.
     */
    public record Plan(List<Assignment> additions, int missingReviews, Map<Long, Integer> loadByJuror) {

        public boolean isComplete() {
            return missingReviews == 0;
        }
    }

    private AssignmentPlanner() {
    }

    public static Plan plan(List<Long> applicationIds, List<Juror> jurors, int reviewersPerApplication,
                            List<Existing> existing, Set<Conflict> conflicts) {
        var caps = new TreeMap<Long, Integer>();
        jurors.forEach(j -> caps.put(j.id(), Math.max(0, j.cap())));
        var load = new HashMap<Long, Integer>();
        caps.keySet().forEach(id -> load.put(id, 0));
        var reviewers = new HashMap<Long, Set<Long>>();
        var applications = applicationIds.stream().distinct().sorted().toList();
        applications.forEach(id -> reviewers.put(id, new HashSet<>()));
        for (var e : existing) {
            if (reviewers.containsKey(e.applicationId()) && reviewers.get(e.applicationId()).add(e.jurorId())
                    && load.containsKey(e.jurorId())) {
                load.merge(e.jurorId(), 1, Integer::sum);
            }
        }

        var allowed = new HashMap<Long, List<Long>>();
        for (var application : applications) {
            allowed.put(application, caps.keySet().stream()
                    .filter(juror -> !conflicts.contains(new Conflict(juror, application)))
                    .toList());
        }

        // Most constrained applications first, so those with few possible jurors are not starved.
        var order = new ArrayList<>(applications);
        order.sort(Comparator.<Long>comparingInt(id -> allowed.get(id).size()).thenComparing(id -> id));

        var added = new ArrayList<Assignment>();
        var fresh = new HashMap<Long, Set<Long>>();
        int missing = 0;
        for (var application : order) {
            var taken = reviewers.get(application);
            int need = reviewersPerApplication - taken.size();
            while (need > 0) {
                var pick = allowed.get(application).stream()
                        .filter(juror -> !taken.contains(juror) && load.get(juror) < caps.get(juror))
                        .min(Comparator.<Long>comparingInt(load::get)
                                .thenComparingLong(juror -> spread(application, juror))
                                .thenComparingLong(juror -> juror));
                if (pick.isEmpty()) {
                    break;
                }
                var juror = pick.get();
                taken.add(juror);
                load.merge(juror, 1, Integer::sum);
                fresh.computeIfAbsent(application, a -> new HashSet<>()).add(juror);
                need--;
            }
            missing += Math.max(0, need);
        }

        rebalance(applications, caps, load, reviewers, fresh, conflicts);

        fresh.forEach((application, set) -> set.forEach(juror -> added.add(new Assignment(application, juror))));
        added.sort(Comparator.comparingLong(Assignment::applicationId).thenComparingLong(Assignment::jurorId));
        return new Plan(List.copyOf(added), missing, Map.copyOf(load));
    }

    /**
     * Moves new assignments from the busiest jurors to the least busy ones while that narrows the
     * spread; kept assignments never move.
     */
    private static void rebalance(List<Long> applications, Map<Long, Integer> caps, Map<Long, Integer> load,
                                  Map<Long, Set<Long>> reviewers, Map<Long, Set<Long>> fresh,
                                  Set<Conflict> conflicts) {
        var jurors = new ArrayList<>(caps.keySet());
        if (jurors.isEmpty()) {
            return;
        }
        boolean moved = true;
        int guard = applications.size() * Math.max(1, jurors.size()) + 1;
        while (moved && guard-- > 0) {
            moved = false;
            jurors.sort(Comparator.<Long>comparingInt(load::get).reversed().thenComparingLong(id -> id));
            var busiest = jurors.getFirst();
            var lightest = jurors.reversed().stream()
                    .sorted(Comparator.<Long>comparingInt(load::get).thenComparingLong(id -> id)).toList();
            outer:
            for (var light : lightest) {
                if (load.get(busiest) - load.get(light) <= 1) {
                    break;
                }
                if (load.get(light) >= caps.get(light)) {
                    continue;
                }
                for (var application : applications) {
                    var mine = fresh.get(application);
                    if (mine != null && mine.contains(busiest) && !reviewers.get(application).contains(light)
                            && !conflicts.contains(new Conflict(light, application))) {
                        mine.remove(busiest);
                        mine.add(light);
                        reviewers.get(application).remove(busiest);
                        reviewers.get(application).add(light);
                        load.merge(busiest, -1, Integer::sum);
                        load.merge(light, 1, Integer::sum);
                        moved = true;
                        break outer;
                    }
                }
            }
        }
    }

    /** A fixed mix of the two ids: spreads equally loaded jurors over applications, the same on every run. */
    private static long spread(long application, long juror) {
        long x = application * 0x9E3779B97F4A7C15L ^ juror * 0xC2B2AE3D27D4EB4FL;
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        return x;
    }
}
