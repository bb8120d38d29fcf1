package kz.urpaq.submission.conversation;

import kz.urpaq.base.domain.RefusedException;

/** A message the server will not take or show; the key names the reason in the reader's language. */
public class ConversationRefusedException extends RefusedException {

    public static final String NOT_FOUND = "conversation.refused.not-found";

    public ConversationRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
