package kz.urpaq.submission.conversation;

import org.jspecify.annotations.Nullable;

import java.time.Instant;

/**
 * A message as either side reads it: who wrote it (the applicant, or "the organisers" with the
 * administrator's name shown only to the organisers), its text, its file's name and whether the
 * other side has read it.
 */
public record ConversationMessage(long id, long applicationId, boolean fromApplicant, String authorName, String text,
                                  @Nullable String fileName, Instant writtenAt, @Nullable Instant readAt) {
}
