package kz.urpaq.review;

import kz.urpaq.review.AssignmentPlanner.Conflict;
import kz.urpaq.review.AssignmentPlanner.Existing;
import kz.urpaq.review.AssignmentPlanner.Juror;
import kz.urpaq.review.AssignmentPlanner.Plan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of the plan, checked on hundreds of generated panels (fixed seeds: failures repeat). */
class AssignmentPlannerTest {

    private static final int K = 3;

    record Panel(List<Long> applications, List<Juror> jurors, Set<Conflict> conflicts) {
    }

    private static Panel panel(Random random, boolean withConflicts, boolean generousCaps) {
        int applications = 20 + random.nextInt(400);
        int jurors = K + random.nextInt(12);
        var applicationIds = LongStream.rangeClosed(1, applications).map(i -> 1000 + i * 7).boxed().toList();
        int fairShare = (applications * K + jurors - 1) / jurors;
        var panel = new ArrayList<Juror>();
        for (int j = 0; j < jurors; j++) {
            int cap = generousCaps ? fairShare + random.nextInt(5) : 1 + random.nextInt(fairShare + 3);
            panel.add(new Juror(50 + j * 3L, cap));
        }
        var conflicts = new HashSet<Conflict>();
        if (withConflicts) {
            for (var application : applicationIds) {
                if (random.nextInt(10) == 0) {
                    conflicts.add(new Conflict(panel.get(random.nextInt(jurors)).id(), application));
                }
            }
        }
        return new Panel(applicationIds, panel, conflicts);
    }

    private static Map<Long, Set<Long>> reviewersOf(Plan plan, List<Existing> existing) {
        var reviewers = new HashMap<Long, Set<Long>>();
        existing.forEach(e -> reviewers.computeIfAbsent(e.applicationId(), a -> new HashSet<>()).add(e.jurorId()));
        plan.additions().forEach(a -> assertThat(reviewers.computeIfAbsent(a.applicationId(), x -> new HashSet<>())
                .add(a.jurorId())).as("a juror twice on application %d", a.applicationId()).isTrue());
        return reviewers;
    }

    private static Map<Long, Integer> loads(Map<Long, Set<Long>> reviewers, List<Juror> jurors) {
        var loads = new HashMap<Long, Integer>();
        jurors.forEach(j -> loads.put(j.id(), 0));
        reviewers.values().forEach(set -> set.forEach(j -> loads.merge(j, 1, Integer::sum)));
        return loads;
    }

    @Test
    void with_generous_caps_and_no_conflicts_every_application_gets_k_reviewers_and_loads_differ_by_at_most_one() {
        var random = new Random(20261125);
        for (int run = 0; run < 200; run++) {
            var panel = panel(random, false, true);

            var plan = AssignmentPlanner.plan(panel.applications(), panel.jurors(), K, List.of(), Set.of());

            assertThat(plan.missingReviews()).isZero();
            var reviewers = reviewersOf(plan, List.of());
            assertThat(panel.applications()).allSatisfy(a -> assertThat(reviewers.get(a)).hasSize(K));
            var loads = loads(reviewers, panel.jurors()).values();
            assertThat(Collections.max(loads) - Collections.min(loads)).as("run %d", run).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void caps_and_conflicts_are_never_broken_and_the_shortfall_is_counted_exactly() {
        var random = new Random(7);
        for (int run = 0; run < 300; run++) {
            var panel = panel(random, true, random.nextBoolean());

            var plan = AssignmentPlanner.plan(panel.applications(), panel.jurors(), K, List.of(), panel.conflicts());

            var reviewers = reviewersOf(plan, List.of());
            var loads = loads(reviewers, panel.jurors());
            panel.jurors().forEach(j -> assertThat(loads.get(j.id())).isLessThanOrEqualTo(j.cap()));
            reviewers.forEach((application, set) -> set.forEach(juror ->
                    assertThat(panel.conflicts()).doesNotContain(new Conflict(juror, application))));
            int placed = reviewers.values().stream().mapToInt(Set::size).sum();
            assertThat(plan.missingReviews()).isEqualTo(panel.applications().size() * K - placed);
            assertThat(reviewers.values()).allSatisfy(set -> assertThat(set.size()).isLessThanOrEqualTo(K));
        }
    }

    @Test
    void with_conflicts_and_enough_room_coverage_stays_complete() {
        var random = new Random(42);
        for (int run = 0; run < 200; run++) {
            var panel = panel(random, true, true);
            if (panel.jurors().size() < K + 2) {
                continue;
            }

            var plan = AssignmentPlanner.plan(panel.applications(), panel.jurors(), K, List.of(), panel.conflicts());

            assertThat(plan.missingReviews()).as("run %d", run).isZero();
        }
    }

    @Test
    void the_same_input_in_any_order_gives_the_same_plan() {
        var random = new Random(99);
        for (int run = 0; run < 100; run++) {
            var panel = panel(random, true, random.nextBoolean());
            var shuffledApplications = new ArrayList<>(panel.applications());
            var shuffledJurors = new ArrayList<>(panel.jurors());
            Collections.shuffle(shuffledApplications, random);
            Collections.shuffle(shuffledJurors, random);

            var first = AssignmentPlanner.plan(panel.applications(), panel.jurors(), K, List.of(), panel.conflicts());
            var second = AssignmentPlanner.plan(shuffledApplications, shuffledJurors, K, List.of(),
                    panel.conflicts());

            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    void a_rerun_keeps_every_existing_review_and_only_fills_the_gaps() {
        var random = new Random(3);
        for (int run = 0; run < 100; run++) {
            var generated = panel(random, false, true);
            var roomy = generated.jurors().stream().map(j -> new Juror(j.id(), j.cap() + 2)).toList();
            var panel = new Panel(generated.applications(), roomy, Set.of());
            if (roomy.size() <= K) {
                continue;
            }
            var first = AssignmentPlanner.plan(panel.applications(), panel.jurors(), K, List.of(), Set.of());
            var existing = new ArrayList<Existing>();
            first.additions().forEach(a -> existing.add(new Existing(a.applicationId(), a.jurorId())));
            var declined = existing.remove(random.nextInt(existing.size()));
            var conflicts = Set.of(new Conflict(declined.jurorId(), declined.applicationId()));

            var rerun = AssignmentPlanner.plan(panel.applications(), panel.jurors(), K, existing, conflicts);

            assertThat(rerun.additions()).singleElement().satisfies(added -> {
                assertThat(added.applicationId()).isEqualTo(declined.applicationId());
                assertThat(added.jurorId()).isNotEqualTo(declined.jurorId());
            });
            assertThat(AssignmentPlanner.plan(panel.applications(), panel.jurors(), K,
                    reviewersOf(rerun, existing).entrySet().stream()
                            .flatMap(e -> e.getValue().stream().map(j -> new Existing(e.getKey(), j))).toList(),
                    conflicts).additions()).isEmpty();
        }
    }

    @Test
    void a_panel_too_small_says_how_many_reviews_are_missing() {
        var plan = AssignmentPlanner.plan(List.of(1L, 2L, 3L, 4L), List.of(new Juror(10, 100), new Juror(11, 100)), K,
                List.of(), Set.of());

        assertThat(plan.missingReviews()).isEqualTo(4);
        assertThat(plan.additions()).hasSize(8);
    }

    @Test
    void caps_that_bind_leave_the_rest_uncovered_rather_than_overloading() {
        var plan = AssignmentPlanner.plan(List.of(1L, 2L, 3L, 4L, 5L),
                List.of(new Juror(10, 2), new Juror(11, 2), new Juror(12, 2)), K, List.of(), Set.of());

        assertThat(plan.additions()).hasSize(6);
        assertThat(plan.missingReviews()).isEqualTo(9);
        assertThat(plan.loadByJuror()).containsValues(2, 2, 2);
    }

    @Test
    void a_panel_without_jurors_misses_every_review() {
        var plan = AssignmentPlanner.plan(List.of(1L, 2L), List.of(), K, List.of(), Set.of());

        assertThat(plan.additions()).isEmpty();
        assertThat(plan.missingReviews()).isEqualTo(2 * K);
    }
}
