package kz.urpaq.bench;

import kz.urpaq.review.AssignmentPlanner;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Automatic assignment at national scale (docs/benchmarks.md §3): {@link AssignmentPlanner#plan}
 * of 20,000 applications to one panel of 100 jurors, 3 reviewers each, caps 20 % above an even
 * share, 200 conflicts, nothing assigned yet — as {@code AssignmentService} calls it for one
 * direction. Goal: under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class AssignmentBenchmark {

    private NationalScale.Panel panel;

    @Setup
    public void setUp() {
        panel = NationalScale.panel(20_000, 100, 3);
    }

    @Benchmark
    public AssignmentPlanner.Plan plan() {
        var plan = AssignmentPlanner.plan(panel.applications(), panel.jurors(), panel.reviewers(), List.of(),
                panel.conflicts());
        if (!plan.isComplete()) {
            throw new IllegalStateException("the plan misses " + plan.missingReviews() + " reviews");
        }
        return plan;
    }

    @Test
    void assignment_of_20000_applications_to_100_jurors() throws Exception {
        Jmh.run(AssignmentBenchmark.class, 2000);
    }
}
