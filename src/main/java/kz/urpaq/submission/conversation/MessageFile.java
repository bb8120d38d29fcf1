package kz.urpaq.submission.conversation;

/** A message's file, for the people of its conversation to download. */
public record MessageFile(String name, String mediaType, byte[] bytes) {
}
