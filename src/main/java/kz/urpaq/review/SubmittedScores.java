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
     * As {@link #submitted}, read from each sheet's stored scores ({@code score_sheet.submitted_scores},
     * written when the sheet is submitted): one row per sheet instead of one per score, for the
     * results page's first computation (docs/benchmarks.md §3, issue 24). The checks against a
     * snapshot read {@link #submitted}, the scores themselves, so that a score changed behind the
     * services' back is still caught. A submitted sheet without stored scores (none should be: V170
     * filled them in) makes the whole read fall back to {@link #submitted}.
     */
    public List<SubmittedSheet> submittedAsStored(long competitionId) {
        var competition = access.requireAdministered(competitionId);
        Map<Long, String> codes = competition.criteria().stream()
                .collect(Collectors.toMap(c -> c.id(), c -> c.code()));
        var result = new ArrayList<SubmittedSheet>();
        var incomplete = new boolean[1];
        jdbc.sql(SUBMITTED_SHEET_ROWS).param("competitionId", competitionId).withFetchSize(FETCH_SIZE)
                .query((RowCallbackHandler) row -> {
                    var stored = row.getString(3);
                    if (stored == null) {
                        incomplete[0] = true;
                        return;
                    }
                    var scores = new TreeMap<String, Integer>();
                    int start = 0;
                    while (start < stored.length()) {
                        int colon = stored.indexOf(':', start);
                        int comma = stored.indexOf(',', colon);
                        int end = comma < 0 ? stored.length() : comma;
                        var code = codes.get(Long.parseLong(stored, start, colon, 10));
                        if (code != null) {
                            scores.put(code, Integer.parseInt(stored, colon + 1, end, 10));
                        }
                        start = end + 1;
                    }
                    result.add(new SubmittedSheet(row.getLong(1), row.getLong(2), Collections.unmodifiableMap(scores),
                            row.getObject(4, OffsetDateTime.class).toInstant()));
                });
        return incomplete[0] ? submitted(competitionId) : List.copyOf(result);
    }

    private static final String SUBMITTED_SHEET_ROWS = """
            select s.application_id, s.juror_id, s.submitted_scores, s.submitted_at
            from score_sheet s
            where s.competition_id = :competitionId and s.submitted_at is not null
            order by s.application_id, s.juror_id, s.id""";

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
