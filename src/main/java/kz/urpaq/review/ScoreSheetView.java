package kz.urpaq.review;

import kz.urpaq.competition.CompetitionOverview.CriterionView;
import kz.urpaq.base.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A juror's sheet for one assignment as their page shows it, with the competition's criteria.
 * {@code editable} is false once submitted, after the review deadline and outside review.
 */
public record ScoreSheetView(
        long assignmentId,
        long applicationId,
        long competitionId,
        LocalizedText competitionTitle,
        AssignmentState state,
        long version,
        List<CriterionView> criteria,
        List<ScoreEntry> entries,
        String commentToOrganisers,
        String commentToApplicant,
        @Nullable Instant submittedAt,
        @Nullable Instant reviewDeadline,
        boolean editable) {

    /** The version a page sends when no sheet was saved yet. */
    public static final long NO_SHEET = -1;

    public Map<Long, Integer> scores() {
        return entries.stream().filter(e -> e.score() != null)
                .collect(Collectors.toMap(ScoreEntry::criterionId, ScoreEntry::score));
    }

    /** The weighted total of the scores given so far (exact: the page rounds it to show it). */
    public BigDecimal total() {
        return WeightedTotal.of(criteria, scores());
    }
}
