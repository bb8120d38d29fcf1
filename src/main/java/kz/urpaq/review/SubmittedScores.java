package kz.urpaq.review;

import kz.urpaq.competition.CompetitionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    SubmittedScores(ScoreSheetRepository sheets, CompetitionService competitions) {
        this.sheets = sheets;
        this.competitions = competitions;
    }

    /** The competition's submitted sheets, by application then juror. */
    public List<SubmittedSheet> submitted(long competitionId) {
        var competition = competitions.findById(competitionId)
                .orElseThrow(() -> new IllegalArgumentException("no competition " + competitionId));
        Map<Long, String> codes = competition.criteria().stream()
                .collect(Collectors.toMap(c -> c.id(), c -> c.code()));
        var result = new ArrayList<SubmittedSheet>();
        Long sheet = null;
        TreeMap<String, Integer> scores = null;
        for (var row : sheets.submittedScoreRows(competitionId)) {
            if (!row[0].equals(sheet)) {
                sheet = (Long) row[0];
                scores = new TreeMap<>();
                result.add(new SubmittedSheet((Long) row[1], (Long) row[2], Collections.unmodifiableMap(scores),
                        (java.time.Instant) row[5]));
            }
            if (row[3] != null && row[4] != null && codes.containsKey((Long) row[3])) {
                scores.put(codes.get((Long) row[3]), (Integer) row[4]);
            }
        }
        return List.copyOf(result);
    }

    /**
     * What jurors wrote to the applicants in their submitted sheets, by application: the
     * non-blank comments in juror order, without who wrote them.
     */
    public Map<Long, List<String>> commentsToApplicants(long competitionId) {
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
