package kz.urpaq.notification;

/**
 * Takes a mail to send. It is written into the outbox in the caller's transaction (or a
 * transaction of its own when there is none) and leaves after that commits, outside the
 * person's request, with retries: a mail is sent once its cause has committed and never lost.
 */
public interface Mailer {

    void send(Mail mail);
}
