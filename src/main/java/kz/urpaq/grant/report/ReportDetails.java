package kz.urpaq.grant.report;

import kz.urpaq.grant.GrantState;
import kz.urpaq.grant.ReportKind;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report as its page shows it, to the recipient or to an administrator: the grant it belongs to,
 * what the application promised, what the report says, its files and its history. {@code state} is
 * empty while the recipient has not started it.
 */
public record ReportDetails(long grantId, ReportKind kind, String projectTitle, GrantState grantState,
                            BigDecimal amount, @Nullable LocalDate due, @Nullable ReportState state,
                            ReportContent content, ReportPlan plan, List<ReportFileView> files,
                            List<ReportHistoryEntry> history, @Nullable Instant savedAt, boolean editable,
                            boolean overdue) {

    public ReportDetails {
        files = List.copyOf(files);
        history = List.copyOf(history);
    }

    /** The comment of the latest return, while the report stands returned. */
    public @Nullable String returnComment() {
        if (state != ReportState.RETURNED) {
            return null;
        }
        return history.reversed().stream().filter(e -> e.action() == ReportEventAction.RETURNED).findFirst()
                .map(ReportHistoryEntry::comment).orElse(null);
    }

    /** Whether an administrator may accept it or return it now. */
    public boolean awaitsDecision() {
        return state == ReportState.SUBMITTED;
    }
}
