package kz.urpaq.review;

import kz.urpaq.competition.CompetitionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
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
        return sheets.findByCompetitionIdAndSubmittedAtIsNotNull(competitionId).stream()
                .sorted(Comparator.comparingLong(ScoreSheet::getApplicationId)
                        .thenComparingLong(ScoreSheet::getJurorId))
                .map(sheet -> {
                    var scores = new TreeMap<String, Integer>();
                    sheet.getEntries().stream().filter(e -> e.score() != null && codes.containsKey(e.criterionId()))
                            .forEach(e -> scores.put(codes.get(e.criterionId()), e.score()));
                    return new SubmittedSheet(sheet.getApplicationId(), sheet.getJurorId(),
                            java.util.Collections.unmodifiableMap(scores),
                            java.util.Objects.requireNonNull(sheet.getSubmittedAt()));
                }).toList();
    }

    /**
     * What jurors wrote to the applicants in their submitted sheets, by application: the
     * non-blank comments in juror order, without who wrote them.
     */
    public Map<Long, List<String>> commentsToApplicants(long competitionId) {
        var comments = new TreeMap<Long, List<String>>();
        sheets.findByCompetitionIdAndSubmittedAtIsNotNull(competitionId).stream()
                .sorted(Comparator.comparingLong(ScoreSheet::getApplicationId).thenComparingLong(ScoreSheet::getJurorId))
                .filter(sheet -> !sheet.getCommentToApplicant().isBlank())
                .forEach(sheet -> comments.computeIfAbsent(sheet.getApplicationId(), id -> new java.util.ArrayList<>())
                        .add(sheet.getCommentToApplicant().strip()));
        return comments;
    }
}
