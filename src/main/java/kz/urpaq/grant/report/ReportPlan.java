package kz.urpaq.grant.report;

import kz.urpaq.submission.BudgetLine;
import kz.urpaq.submission.Milestone;

import java.util.List;

/** What the application promised, which a report answers line by line: its milestones, expected results and budget. */
public record ReportPlan(List<Milestone> milestones, String expectedResults, List<BudgetLine> budget) {

    public ReportPlan {
        milestones = List.copyOf(milestones);
        budget = List.copyOf(budget);
    }

    public long plannedTotalTenge() {
        return budget.stream().mapToLong(BudgetLine::totalTenge).sum();
    }

    /** A report's content with one line for every milestone and every budget line, nothing filled in. */
    ReportContent emptyReport() {
        var milestoneLines = new java.util.ArrayList<MilestoneLine>();
        for (var i = 0; i < milestones.size(); i++) {
            milestoneLines.add(new MilestoneLine(i, null, ""));
        }
        var spendingLines = new java.util.ArrayList<SpendingLine>();
        for (var i = 0; i < budget.size(); i++) {
            spendingLines.add(new SpendingLine(i, 0, ""));
        }
        return new ReportContent(milestoneLines, "", spendingLines, "", "");
    }
}
