package kz.urpaq.grant.report;

import java.util.List;

/**
 * Everything the recipient writes in a report; a draft may leave any of it empty. The lines name the
 * application's milestones and budget lines by position ({@link ReportPlan} holds what they name).
 */
public record ReportContent(
        List<MilestoneLine> milestones,
        String results,
        List<SpendingLine> spending,
        String links,
        String publicSummary) {

    public static final int RESULTS_MAX_LENGTH = 4000;
    public static final int LINKS_MAX_LENGTH = 2000;
    public static final int PUBLIC_SUMMARY_MAX_LENGTH = 600;

    public ReportContent {
        milestones = List.copyOf(milestones);
        spending = List.copyOf(spending);
    }

    public long actualTotalTenge() {
        return spending.stream().mapToLong(SpendingLine::actualTenge).sum();
    }

    /** The links, one a line, blank lines left out. */
    public List<String> linkList() {
        return links.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
