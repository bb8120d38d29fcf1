package kz.urpaq.grant;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A grant as its register row and the recipient's page show it: the grant, its agreement's state and
 * signatures, its tranches, its reports' status (when the reports room answers), the reason of a
 * decline or termination, and whether a reserve project can be offered in its place.
 */
public record GrantRow(GrantSummary grant, String recipientName, AgreementState agreement,
                       List<SignatureLine> signatures, List<TrancheLine> tranches, @Nullable ReportStatusLine reports,
                       @Nullable String reason, @Nullable Long replacesGrantId, boolean reserveAvailable) {

    public boolean overdue() {
        return reports != null && reports.overdue();
    }
}
