package kz.urpaq.notification;

/** How a mail leaves: over SMTP, or into the log on the embedded default. */
public interface MailTransport {

    /** {@code smtp} or {@code log}: where a sent mail went. */
    String name();

    /**
     * True when sending takes no time and cannot fail (the log): the outbox then delivers each mail
     * right after the transaction that wrote it commits, instead of on its next round.
     */
    boolean immediate();

    /**
     * Sends one mail with the given {@code Message-ID}, the same on every attempt.
     *
     * @throws MailDeliveryException when the mail did not leave
     */
    void send(Mail mail, String messageId) throws MailDeliveryException;
}
