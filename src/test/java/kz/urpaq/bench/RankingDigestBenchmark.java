package kz.urpaq.bench;

import kz.urpaq.competition.ScoreMethod;
import kz.urpaq.results.ResultCalculator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The equality proof of the ranking's arithmetic (decision 034, docs/benchmarks.md §3, issue 24):
 * the SHA-256 over every ranked row of the 100,000-application ranking of {@link NationalScale},
 * for each score method. A row is hashed as its {@code toString} (every field of
 * {@code RankedApplication} in declaration order, the decisions included) and a line feed, in the
 * order {@link ResultCalculator#compute} returns the rows. A change to the ranking's code must
 * leave the three digests as they were printed before it. Run:
 * {@code ./mvnw -B test-compile surefire:test@benchmarks -Dtest=RankingDigestBenchmark}.
 */
class RankingDigestBenchmark {

    @Test
    void digests_of_the_100000_application_ranking() throws Exception {
        System.out.println();
        System.out.println("== RankingDigestBenchmark (SHA-256 over every ranked row, toString + LF)");
        for (var method : ScoreMethod.values()) {
            var rows = ResultCalculator.compute(NationalScale.scoringInput(method));
            var sha = MessageDigest.getInstance("SHA-256");
            for (var row : rows) {
                sha.update((row + "\n").getBytes(StandardCharsets.UTF_8));
            }
            System.out.printf(Locale.ROOT, "digest %-12s %,d rows  %s%n", method, rows.size(),
                    HexFormat.of().formatHex(sha.digest()));
        }
    }
}
