package kz.urpaq.grant;

/**
 * Published by the reports when an administrator accepts a grant's report: the interim report makes
 * the tranches waiting for it DUE; the final report completes the grant.
 */
public record GrantReportAccepted(long grantId, ReportKind kind) {
}
