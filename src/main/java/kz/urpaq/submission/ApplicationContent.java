package kz.urpaq.submission;

import org.jspecify.annotations.Nullable;

import java.util.List;

/** Everything an applicant writes in the form; a draft may leave any of it empty. */
public record ApplicationContent(
        @Nullable Long directionId,
        String title,
        String summary,
        String relevance,
        String goals,
        String expectedResults,
        String audience,
        String place,
        String videoUrl,
        List<Milestone> milestones,
        List<TeamMember> team,
        List<BudgetLine> budget) {

    public static ApplicationContent empty() {
        return new ApplicationContent(null, "", "", "", "", "", "", "", "", List.of(), List.of(), List.of());
    }

    public long budgetTotalTenge() {
        return budget.stream().mapToLong(BudgetLine::totalTenge).sum();
    }
}
