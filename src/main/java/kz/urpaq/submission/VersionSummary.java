package kz.urpaq.submission;

import java.time.Instant;

/** One kept version of an application: its number (1 is the first submission) and when it was sent. */
public record VersionSummary(int number, Instant submittedAt) {
}
