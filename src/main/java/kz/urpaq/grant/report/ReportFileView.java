package kz.urpaq.grant.report;

import org.jspecify.annotations.Nullable;

/** A file of a report as listed: a receipt names its budget line (position in the application's budget). */
public record ReportFileView(long id, boolean photo, @Nullable Integer budgetLine, String name, long sizeBytes) {
}
