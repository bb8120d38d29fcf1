package kz.urpaq.bench;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Locale;

/** Runs one JMH benchmark class in a forked JVM and prints a summary line per benchmark with the goal. */
final class Jmh {

    private Jmh() {
    }

    static void run(Class<?> benchmark, double goalMillis) throws Exception {
        var before = NationalScale.loadavg();
        var results = new Runner(new OptionsBuilder().include("^" + benchmark.getName().replace(".", "\\.") + "\\.")
                .shouldFailOnError(true).build()).run();
        System.out.println();
        System.out.println("== " + benchmark.getSimpleName() + " (JMH single-shot, ms; goal < " + (long) goalMillis
                + " ms); loadavg before: " + before + ", after: " + NationalScale.loadavg());
        for (RunResult result : results) {
            var params = result.getParams();
            var stats = result.getPrimaryResult().getStatistics();
            var name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1)
                    + (params.getParamsKeys().isEmpty() ? "" : " " + params.getParamsKeys().stream()
                    .map(k -> k + "=" + params.getParam(k)).toList());
            System.out.println(String.format(Locale.ROOT,
                    "%-40s mean %8.1f ms  min %8.1f  max %8.1f  (n=%d)  goal %s", name, stats.getMean(),
                    stats.getMin(), stats.getMax(), stats.getN(), stats.getMean() < goalMillis ? "met"
                            : String.format(Locale.ROOT, "missed by %.0f ms (x%.1f)", stats.getMean() - goalMillis,
                            stats.getMean() / goalMillis)));
        }
    }
}
