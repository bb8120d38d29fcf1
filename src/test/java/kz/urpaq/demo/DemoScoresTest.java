package kz.urpaq.demo;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoScoresTest {

    private final DemoScores scores = new DemoScores();

    private double mean(int direction, int project) {
        return scores.sheets(direction, project).stream().mapToDouble(DemoScores::total).average().orElseThrow();
    }

    @Test
    void every_direction_has_three_projects_at_the_minimum_score_and_some_below() {
        for (int direction = 0; direction < 5; direction++) {
            int d = direction;
            var means = IntStream.range(0, DemoScores.PER_DIRECTION).mapToDouble(p -> mean(d, p)).toArray();
            assertThat(java.util.Arrays.stream(means).filter(m -> m >= 50).count()).isGreaterThanOrEqualTo(3);
            assertThat(java.util.Arrays.stream(means).filter(m -> m < 50).count()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void the_tied_pair_has_equal_totals_per_juror_and_differs_on_relevance() {
        for (int juror = 0; juror < DemoScores.JURORS; juror++) {
            assertThat(DemoScores.total(DemoScores.TIE_FIRST[juror]))
                    .isEqualTo(DemoScores.total(DemoScores.TIE_SECOND[juror]));
            assertThat(DemoScores.TIE_FIRST[juror][0]).isGreaterThan(DemoScores.TIE_SECOND[juror][0]);
        }
    }

    @Test
    void the_low_juror_scores_everyone_well_below_the_other_two() {
        int direction = DemoScores.LOW_JUROR_DIRECTION;
        double[] average = new double[DemoScores.JURORS];
        for (int juror = 0; juror < DemoScores.JURORS; juror++) {
            int j = juror;
            average[juror] = IntStream.range(0, DemoScores.PER_DIRECTION)
                    .mapToDouble(p -> DemoScores.total(scores.sheet(direction, p, j))).average().orElseThrow();
        }
        assertThat(average[DemoScores.LOW_JUROR]).isLessThan(average[0] - 15).isLessThan(average[1] - 15);
    }

    @Test
    void the_scores_are_the_same_on_every_start() {
        var again = new DemoScores();
        for (int direction = 0; direction < 5; direction++) {
            for (int project = 0; project < DemoScores.PER_DIRECTION; project++) {
                for (int juror = 0; juror < DemoScores.JURORS; juror++) {
                    assertThat(again.sheet(direction, project, juror)).containsExactly(scores.sheet(direction, project, juror));
                }
            }
        }
    }

    @Test
    void twelve_projects_per_direction_with_summaries_within_the_limit() {
        assertThat(DemoProjects.ALL).hasSize(60);
        for (var direction : java.util.List.of("science", "art", "media", "it", "business")) {
            assertThat(DemoProjects.ALL).filteredOn(p -> p.direction().equals(direction)).hasSize(12);
        }
        assertThat(DemoProjects.ALL).allSatisfy(p -> assertThat(p.summary().length()).isLessThanOrEqualTo(500));
        assertThat(DemoProjects.ALL).extracting(DemoProjects.Project::title).doesNotHaveDuplicates();
    }
}
