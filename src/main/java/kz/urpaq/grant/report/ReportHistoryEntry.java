package kz.urpaq.grant.report;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One step of a report's history as both sides see it. */
public record ReportHistoryEntry(ReportEventAction action, String actorName, @Nullable String comment, Instant at) {
}
