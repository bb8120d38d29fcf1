package kz.urpaq.submission;

/** A screening action the server refuses; the key names the reason in the organiser's language. */
public class ScreeningRefusedException extends RuntimeException {

    private final String messageKey;

    public ScreeningRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
