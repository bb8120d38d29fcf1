package kz.urpaq.notification;

/** One e-mail, already written in the recipient's language. */
public record Mail(String to, String subject, String body) {
}
