package kz.urpaq.submission;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.List;

/**
 * An applicant's own result once the competition is announced: the position in the direction's
 * ranking, the score that ranked, the place and grant, and the jurors' comments meant for the
 * applicant (empty when the competition keeps them back or none were written).
 */
public record ApplicationOutcome(long competitionId, int position, int rankedCount, BigDecimal score,
                                 @Nullable Integer place, boolean grant, List<String> comments,
                                 boolean commentsShown) {
}
