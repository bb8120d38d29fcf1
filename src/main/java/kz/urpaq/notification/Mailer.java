package kz.urpaq.notification;

/** Sends mail: over SMTP when {@code spring.mail.host} is set, else into the log (embedded default). */
public interface Mailer {

    void send(Mail mail);
}
