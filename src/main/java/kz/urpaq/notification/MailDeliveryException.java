package kz.urpaq.notification;

/**
 * A mail did not leave. {@link #serverUnavailable()} tells a mail server that could not be reached
 * or did not answer (every mail would fail now) from a refusal of this one mail (its recipient).
 */
public class MailDeliveryException extends Exception {

    private final boolean serverUnavailable;

    public MailDeliveryException(String message, boolean serverUnavailable, Throwable cause) {
        super(message, cause);
        this.serverUnavailable = serverUnavailable;
    }

    public boolean serverUnavailable() {
        return serverUnavailable;
    }
}
