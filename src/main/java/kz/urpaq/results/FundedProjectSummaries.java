package kz.urpaq.results;

import java.util.Map;

/**
 * The public summaries of funded projects whose final report was accepted (domain.md §14), which the
 * public results page links to. Implemented by the grant reports, which come after the results; the
 * results page works without it.
 */
public interface FundedProjectSummaries {

    /** For the competition's applications that have one: the application's id → the address of its summary page. */
    Map<Long, String> summaryPages(long competitionId);
}
