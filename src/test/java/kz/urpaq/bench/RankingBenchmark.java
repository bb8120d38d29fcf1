package kz.urpaq.bench;

import kz.urpaq.competition.ScoreMethod;
import kz.urpaq.results.RankedApplication;
import kz.urpaq.results.ResultCalculator;
import kz.urpaq.results.ScoringInput;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ranking at national scale (docs/benchmarks.md §3): {@link ResultCalculator#compute} on 100,000
 * applications × 3 reviews × 5 criteria in 5 directions, with each score method. Goal: under 1 s.
 * Each JMH iteration is one whole computation (single-shot), after warm-up computations.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class RankingBenchmark {

    @Param({"MEAN", "TRIMMED_MEAN", "NORMALISED"})
    public ScoreMethod method;

    private ScoringInput input;

    @Setup
    public void setUp() {
        input = NationalScale.scoringInput(method);
    }

    @Benchmark
    public List<RankedApplication> compute() {
        return ResultCalculator.compute(input);
    }

    @Test
    void ranking_100000_applications_with_each_score_method() throws Exception {
        Jmh.run(RankingBenchmark.class, 1000);
    }
}
