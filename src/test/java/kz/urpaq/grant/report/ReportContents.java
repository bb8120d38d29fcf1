package kz.urpaq.grant.report;

import java.util.List;

/** Reports as a recipient would write them for {@link GrantReportFixture}'s application. */
final class ReportContents {

    private ReportContents() {
    }

    /** Complete: both milestones answered, results, spending within the grant, a link and a summary. */
    static ReportContent complete() {
        return new ReportContent(
                List.of(new MilestoneLine(0, MilestoneStatus.DONE, ""),
                        new MilestoneLine(1, MilestoneStatus.PARTLY, "Жарыстың бірінші кезеңі өтті")),
                "Сексен оқушы робот құрастырды",
                List.of(new SpendingLine(0, 290_000, ""), new SpendingLine(1, 60_000, "")),
                "https://example.kz/robots",
                "Аудандағы сексен оқушы робот құрастырып, жарыста бақ сынады.");
    }
}
