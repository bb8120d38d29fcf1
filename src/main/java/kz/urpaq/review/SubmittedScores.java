package kz.urpaq.review;

import kz.urpaq.competition.CompetitionAccess;
import kz.urpaq.competition.CompetitionService;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * For administrators: every submitted score sheet of a competition as plain data, for the results
 * computation. Drafts and reopened sheets are left out; scores are keyed by criterion code.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class SubmittedScores {

    private final ScoreSheetRepository sheets;
    private final CompetitionService competitions;
    private final JdbcClient jdbc;

    private final CompetitionAccess access;

    SubmittedScores(ScoreSheetRepository sheets, CompetitionService competitions, JdbcClient jdbc, CompetitionAccess access) {
        this.access = access;
        this.sheets = sheets;
        this.competitions = competitions;
        this.jdbc = jdbc;
    }

    /** The competition's submitted sheets, by application then juror. */
    public List<SubmittedSheet> submitted(long competitionId) {
        var competition = access.requireAdministered(competitionId);
        Map<Long, String> codes = competition.criteria().stream()
                .collect(Collectors.toMap(c -> c.id(), c -> c.code()));
        var result = new ArrayList<SubmittedSheet>();
        var reader = new Object() {
            long sheet = -1;
            TreeMap<String, Integer> scores;
        };
        jdbc.sql(SUBMITTED_SCORE_ROWS).param("competitionId", competitionId).withFetchSize(FETCH_SIZE)
                .query((RowCallbackHandler) row -> {
                    var sheet = row.getLong(1);
                    if (sheet != reader.sheet) {
                        reader.sheet = sheet;
                        reader.scores = new TreeMap<>();
                        result.add(new SubmittedSheet(row.getLong(2), row.getLong(3),
                                Collections.unmodifiableMap(reader.scores),
                                row.getObject(6, OffsetDateTime.class).toInstant()));
                    }
                    var criterion = row.getLong(4);
                    var criterionMissing = row.wasNull();
                    var score = row.getInt(5);
                    if (!criterionMissing && !row.wasNull() && codes.containsKey(criterion)) {
                        reader.scores.put(codes.get(criterion), score);
                    }
                });
        return List.copyOf(result);
    }

    /**
     * One row per sheet and criterion (a sheet without entries gives one row of nulls), read with
     * plain JDBC in batches: at national scale that is 1,500,000 rows, which Hibernate turned into
     * tuples several times slower (docs/benchmarks.md §3).
     */
    private static final String SUBMITTED_SCORE_ROWS = """
            select s.id, s.application_id, s.juror_id, e.criterion_id, e.score, s.submitted_at
            from score_sheet s left join score_sheet_entry e on e.sheet_id = s.id
            where s.competition_id = :competitionId and s.submitted_at is not null
            order by s.application_id, s.juror_id, s.id""";
    private static final int FETCH_SIZE = 10_000;

    /**
     * What jurors wrote to the applicants in their submitted sheets, by application: the
     * non-blank comments in juror order, without who wrote them.
     */
    public Map<Long, List<String>> commentsToApplicants(long competitionId) {
        access.requireAdministered(competitionId);
        var comments = new TreeMap<Long, List<String>>();
        for (var row : sheets.submittedCommentsToApplicants(competitionId)) {
            var text = ((String) row[2]).strip();
            if (!text.isEmpty()) {
                comments.computeIfAbsent((Long) row[0], id -> new java.util.ArrayList<>()).add(text);
            }
        }
        return comments;
    }
}
