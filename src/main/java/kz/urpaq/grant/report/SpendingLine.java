package kz.urpaq.grant.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What was actually spent on one budget line of the application: {@code budgetLine} is its
 * position in the application's cost estimate (from 0), whose total is the planned figure.
 */
@Embeddable
public record SpendingLine(
        @Column(name = "budget_line", nullable = false) int budgetLine,
        @Column(name = "actual_tenge", nullable = false) long actualTenge,
        @Column(name = "note", nullable = false, length = NOTE_MAX_LENGTH) String note) {

    public static final int NOTE_MAX_LENGTH = 500;
    public static final long ACTUAL_MAX_TENGE = 100_000_000_000L;
}
