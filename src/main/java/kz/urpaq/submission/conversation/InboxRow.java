package kz.urpaq.submission.conversation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** An application whose applicant wrote last: the organisers owe an answer. */
public record InboxRow(long applicationId, @Nullable String referenceNumber, String title, String applicantName,
                       String lastText, Instant lastWrittenAt, int unread) {
}
