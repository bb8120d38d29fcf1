package kz.urpaq.review;

import java.util.List;

/**
 * What the juror's page sends: the scores and comments, and the version of the sheet the page
 * last read ({@link ScoreSheetView#NO_SHEET} when it had none), so that two tabs never overwrite
 * each other silently.
 */
public record ScoreDraft(long expectedVersion, List<ScoreEntry> entries, String commentToOrganisers,
                         String commentToApplicant) {
}
