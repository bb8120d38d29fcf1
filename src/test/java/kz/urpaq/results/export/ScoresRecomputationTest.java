package kz.urpaq.results.export;

import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.competition.ScoreMethod;
import kz.urpaq.results.RankedApplication;
import kz.urpaq.results.RankedApplication.Rule;
import kz.urpaq.results.ResultCalculator;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.results.ScoringInput;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recomputation check of docs/decisions/009-results-exports.md: the scores CSV, as bytes the
 * export produced and read with a parser of its own, plus the rules the public results page states,
 * give exactly the places, grants and scores of the finalised snapshot.
 */
@SpringBootTest
class ScoresRecomputationTest {

    @Autowired
    ResultsExportService exports;

    @Autowired
    ResultsService results;

    @Autowired
    CompetitionSetupService setupService;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ResultsTestData data;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        accounts.signOut();
    }

    /**
     * Direction 0: a clear winner; two applications with equal totals that the tie-break criterion
     * "feasibility" separates; two with equal scores everywhere that the submission time separates
     * (the later id submitted earlier). Direction 1: one below the minimum score. One juror in each
     * direction scores everyone a point lower on every criterion.
     */
    private ReviewFixture.Setup finalisedCompetitionWithTies() {
        var setup = fixture.build(new int[]{5, 3}, new int[]{0, 0}, 10);
        int[][][] scores = {
                {{9, 9, 9, 9, 9}, {7, 6, 8, 7, 7}, {7, 8, 6, 7, 7}, {6, 6, 6, 6, 6}, {6, 6, 6, 6, 6}},
                {{8, 8, 8, 8, 8}, {4, 4, 4, 4, 4}, {6, 7, 5, 6, 6}}};
        for (int d = 0; d < scores.length; d++) {
            var jurors = List.of(data.juror(setup, d), data.juror(setup, d), data.juror(setup, d));
            var applications = setup.panel(d).applications();
            for (int a = 0; a < applications.size(); a++) {
                for (int j = 0; j < jurors.size(); j++) {
                    var own = scores[d][a].clone();
                    if (j == 2) {
                        for (int c = 0; c < own.length; c++) {
                            own[c]--;
                        }
                    }
                    data.submit(jurors.get(j), applications.get(a), own);
                }
            }
        }
        jdbc.update("update application set submitted_at = submitted_at - interval '1' hour where id = ?",
                setup.panel(0).applications().get(4));
        accounts.signInAs(ResultsTestData.ADMIN);
        setupService.moveTo(setup.id(), Phase.DELIBERATION);
        results.finalise(setup.id());
        return setup;
    }

    /** The rules as the public results page states them for the fixture's competition. */
    private static ScoringInput.Rules publishedRules(List<ScoringInput.Criterion> criteria) {
        return new ScoringInput.Rules(ScoreMethod.MEAN, criteria, 3, 3, 15, GrantPolicy.PLACE_WINNERS, Map.of(),
                BigDecimal.valueOf(50), BigDecimal.valueOf(15));
    }

    @Test
    void the_scores_csv_alone_recomputes_the_finalised_ranking() {
        var setup = finalisedCompetitionWithTies();
        var out = new ByteArrayOutputStream();
        exports.csv(setup.id(), Export.SCORES, out);

        var records = CsvRecords.parse(out.toByteArray());
        var header = records.getFirst();
        var column = new HashMap<String, Integer>();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i), i);
        }
        var criteria = new LinkedHashMap<String, ScoringInput.Criterion>();
        var entries = new TreeMap<Long, ScoringInput.Entry>();
        var directionCodes = new HashMap<Long, String>();
        var sheetScores = new LinkedHashMap<List<Long>, Map<String, Integer>>();
        for (var record : records.subList(1, records.size())) {
            long application = Long.parseLong(record.get(column.get("application_id")));
            long direction = Long.parseLong(record.get(column.get("direction_id")));
            directionCodes.put(direction, record.get(column.get("direction")));
            entries.put(application, new ScoringInput.Entry(application, direction,
                    OffsetDateTime.parse(record.get(column.get("application_submitted_at"))).toInstant()));
            var juror = record.get(column.get("juror_id"));
            if (juror.isEmpty()) {
                continue;
            }
            var code = record.get(column.get("criterion"));
            var tieBreak = record.get(column.get("tie_break_order"));
            criteria.putIfAbsent(code, new ScoringInput.Criterion(code,
                    Integer.parseInt(record.get(column.get("weight_percent"))),
                    Integer.parseInt(record.get(column.get("scale_max"))),
                    tieBreak.isEmpty() ? null : Integer.valueOf(tieBreak)));
            sheetScores.computeIfAbsent(List.of(application, Long.parseLong(juror)), k -> new TreeMap<>())
                    .put(code, Integer.parseInt(record.get(column.get("score"))));
        }
        var sheets = new ArrayList<ScoringInput.Sheet>();
        sheetScores.forEach((key, scores) -> sheets.add(new ScoringInput.Sheet(key.get(0), key.get(1), scores)));
        var recomputed = ResultCalculator.compute(new ScoringInput(publishedRules(List.copyOf(criteria.values())),
                List.copyOf(entries.values()), sheets));

        var snapshot = results.results(setup.id()).snapshot();
        assertThat(snapshot).isNotNull();
        var lines = recomputed.stream().map(r -> String.join(",", directionCodes.get(r.directionId()),
                String.valueOf(r.rank()), String.valueOf(r.applicationId()), plain(r.score()), plain(r.mean()),
                plain(r.trimmedMean()), plain(r.normalised()), plain(r.spread()), String.valueOf(r.reviews()),
                place(r), String.valueOf(r.grant()), place(r), String.valueOf(r.grant()))).toList();
        assertThat(lines).containsExactlyInAnyOrderElementsOf(snapshot.export().lines().skip(3).toList());

        // the competition really has the ties and refusals the check is meant to cover
        assertThat(recomputed).flatExtracting(RankedApplication::decisions).extracting(RankedApplication.Decision::rule)
                .contains(Rule.TIE_BROKEN_ON_CRITERION, Rule.TIE_BROKEN_ON_SUBMISSION_TIME,
                        Rule.BELOW_MINIMUM_SCORE, Rule.GRANT_REDISTRIBUTED);
        var firstDirection = setup.panel(0).applications();
        assertThat(recomputed.stream().filter(r -> r.directionId() == setup.panel(0).directionId())
                .map(RankedApplication::applicationId).toList())
                .containsExactly(firstDirection.get(0), firstDirection.get(1), firstDirection.get(2),
                        firstDirection.get(4), firstDirection.get(3));
    }

    private static String plain(BigDecimal value) {
        return value.setScale(ResultCalculator.SCALE, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String place(RankedApplication ranked) {
        return ranked.place() == null ? "" : String.valueOf(ranked.place());
    }
}
