package kz.urpaq.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The scores the demo jurors give, the same on every start (a fixed seed). Each direction has
 * twelve projects of spread-out quality, so at least three reach the minimum score, some do not,
 * and the ranking shows every kind of case domain.md §7 knows:
 * <ul>
 *   <li>art: two projects with exactly the same mean, the tie broken on the first tie-break criterion
 *       (relevance), see {@link #TIE_FIRST} and {@link #TIE_SECOND};</li>
 *   <li>media: one project the jurors disagree on (90, 30 and 60 points), flagged for discussion,
 *       see {@link #DISPUTED};</li>
 *   <li>it: the third juror scores everyone about 2.5 points lower on every criterion.</li>
 * </ul>
 * Scores are per criterion in the order of the default criteria (relevance, novelty,
 * feasibility, impact, budget), each 0–10.
 */
final class DemoScores {

    static final long SEED = 20251015L;
    static final int PER_DIRECTION = 12;
    static final int JURORS = 3;

    static final int TIE_DIRECTION = 1;
    static final int VARIANCE_DIRECTION = 2;
    static final int LOW_JUROR_DIRECTION = 3;
    static final int LOW_JUROR = 2;

    /** Per juror: relevance 4 higher and novelty 5 lower than {@link #TIE_SECOND}, the same weighted total. */
    static final int[][] TIE_FIRST = {{8, 5, 7, 8, 7}, {9, 4, 8, 7, 7}, {7, 5, 6, 7, 6}};
    static final int[][] TIE_SECOND = {{4, 10, 7, 8, 7}, {5, 9, 8, 7, 7}, {3, 10, 6, 7, 6}};
    static final int[][] DISPUTED = {{9, 9, 9, 9, 9}, {3, 3, 3, 3, 3}, {6, 6, 6, 6, 6}};

    private static final double[] QUALITY = {8.8, 8.3, 7.9, 7.2, 6.6, 6.1, 5.6, 5.1, 4.6, 4.1, 3.6, 3.0};

    /** Per project of the direction (0–11, in the order of {@link DemoProjects#ALL}) and juror: five scores. */
    private final int[][][][] scores = new int[5][PER_DIRECTION][JURORS][];

    DemoScores() {
        for (int direction = 0; direction < 5; direction++) {
            var random = new Random(SEED + direction);
            var quality = new ArrayList<Double>();
            for (var q : QUALITY) {
                quality.add(q);
            }
            Collections.shuffle(quality, random);
            for (int project = 0; project < PER_DIRECTION; project++) {
                for (int juror = 0; juror < JURORS; juror++) {
                    double bias = direction == LOW_JUROR_DIRECTION && juror == LOW_JUROR ? -2.5
                            : new double[]{0.3, -0.2, 0.0}[juror];
                    var sheet = new int[5];
                    for (int criterion = 0; criterion < 5; criterion++) {
                        var value = quality.get(project) + bias + random.nextGaussian() * 0.8;
                        sheet[criterion] = (int) Math.max(0, Math.min(10, Math.round(value)));
                    }
                    scores[direction][project][juror] = sheet;
                }
            }
            if (direction == TIE_DIRECTION) {
                int first = quality.indexOf(7.9);
                int second = quality.indexOf(7.2);
                for (int juror = 0; juror < JURORS; juror++) {
                    scores[direction][first][juror] = TIE_FIRST[juror].clone();
                    scores[direction][second][juror] = TIE_SECOND[juror].clone();
                }
            }
            if (direction == VARIANCE_DIRECTION) {
                int disputed = quality.indexOf(6.1);
                for (int juror = 0; juror < JURORS; juror++) {
                    scores[direction][disputed][juror] = DISPUTED[juror].clone();
                }
            }
        }
    }

    int[] sheet(int direction, int project, int juror) {
        return scores[direction][project][juror].clone();
    }

    /** A juror's weighted total on 0–100 with the default weights (25, 20, 20, 20, 15). */
    static double total(int[] sheet) {
        int[] weights = {25, 20, 20, 20, 15};
        double sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += weights[i] * sheet[i];
        }
        return sum / 10;
    }

    /** Every juror's five scores for one project, for tests and the comments. */
    List<int[]> sheets(int direction, int project) {
        var sheets = new ArrayList<int[]>();
        for (int juror = 0; juror < JURORS; juror++) {
            sheets.add(sheet(direction, project, juror));
        }
        return sheets;
    }
}
