package kz.urpaq.submission;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A revision request as the organisers list it: what to fix, by when, and how it ended (empty: still open). */
public record RevisionSummary(String note, Instant deadline, Instant requestedAt, @Nullable String outcome) {
}
