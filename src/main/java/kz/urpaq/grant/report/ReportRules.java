package kz.urpaq.grant.report;

import kz.urpaq.grant.GrantState;
import kz.urpaq.submission.BudgetLine;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashSet;

/**
 * What a report must hold (domain.md §14), plain Java: a draft names only milestones and budget
 * lines the application has, each once, within the limits; a report handed in answers every one of
 * them, and its spending adds up within the grant.
 */
final class ReportRules {

    static final int MAX_LINKS = 20;

    private ReportRules() {
    }

    /** Checks a draft against the application's plan. */
    static void checkDraft(ReportContent content, ReportPlan plan) {
        var milestones = new HashSet<Integer>();
        for (var line : content.milestones()) {
            if (line.milestone() < 0 || line.milestone() >= plan.milestones().size()
                    || !milestones.add(line.milestone())) {
                throw refused("grant.report.refused.no-such-milestone");
            }
            limit(line.note(), MilestoneLine.NOTE_MAX_LENGTH);
        }
        var budgetLines = new HashSet<Integer>();
        for (var line : content.spending()) {
            if (line.budgetLine() < 0 || line.budgetLine() >= plan.budget().size()
                    || !budgetLines.add(line.budgetLine())) {
                throw refused("grant.report.refused.no-such-budget-line");
            }
            if (line.actualTenge() < 0 || line.actualTenge() > SpendingLine.ACTUAL_MAX_TENGE) {
                throw refused("grant.report.refused.amount");
            }
            limit(line.note(), SpendingLine.NOTE_MAX_LENGTH);
        }
        limit(content.results(), ReportContent.RESULTS_MAX_LENGTH);
        limit(content.links(), ReportContent.LINKS_MAX_LENGTH);
        limit(content.publicSummary(), ReportContent.PUBLIC_SUMMARY_MAX_LENGTH);
        var links = content.linkList();
        if (links.size() > MAX_LINKS) {
            throw refused("grant.report.refused.too-many-links", MAX_LINKS);
        }
        links.forEach(ReportRules::checkLink);
    }

    /** Checks that a report may be handed in: complete, and its spending within the grant's amount. */
    static void checkComplete(ReportContent content, ReportPlan plan, BigDecimal amount) {
        checkDraft(content, plan);
        if (content.milestones().size() != plan.milestones().size()
                || content.milestones().stream().anyMatch(line -> line.status() == null)) {
            throw refused("grant.report.refused.milestones-incomplete");
        }
        if (content.milestones().stream().anyMatch(line -> line.status() != MilestoneStatus.DONE
                && line.note().isBlank())) {
            throw refused("grant.report.refused.milestone-note");
        }
        if (content.results().isBlank()) {
            throw refused("grant.report.refused.results");
        }
        if (content.spending().size() != plan.budget().size()) {
            throw refused("grant.report.refused.spending-incomplete");
        }
        for (var line : content.spending()) {
            BudgetLine planned = plan.budget().get(line.budgetLine());
            if (line.actualTenge() > planned.totalTenge() && line.note().isBlank()) {
                throw refused("grant.report.refused.overspent-note", planned.item());
            }
        }
        var total = content.actualTotalTenge();
        if (BigDecimal.valueOf(total).compareTo(amount) > 0) {
            throw refused("grant.report.refused.total", kz.urpaq.base.domain.Money.tenge(total),
                    kz.urpaq.base.domain.Money.tenge(amount.longValue()));
        }
        if (content.publicSummary().isBlank()) {
            throw refused("grant.report.refused.summary");
        }
    }

    /** Whether a report is overdue: its grant is active, its due day has passed and it was never handed in. */
    static boolean overdue(@Nullable ReportState state, @Nullable LocalDate due, GrantState grantState,
                           LocalDate today) {
        return grantState == GrantState.ACTIVE && due != null && today.isAfter(due)
                && (state == null || !state.wasHandedIn());
    }

    private static void limit(String text, int max) {
        if (text.length() > max) {
            throw refused("grant.report.refused.too-long", max);
        }
    }

    private static void checkLink(String link) {
        try {
            var uri = new URI(link);
            if (("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank()) {
                return;
            }
        } catch (java.net.URISyntaxException ignored) {
            // refused below, like any other address that is not a web page
        }
        throw refused("grant.report.refused.link", link);
    }

    private static GrantReportRefusedException refused(String key, Object... arguments) {
        return new GrantReportRefusedException(key, arguments);
    }
}
