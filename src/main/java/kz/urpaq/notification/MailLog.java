package kz.urpaq.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last hundred mails this instance sent, for tests and the demo. On the embedded default
 * (no SMTP host) it is also the transport: mail goes only here and into the log, links included.
 */
@Component
public class MailLog {

    private static final Logger log = LoggerFactory.getLogger("kz.urpaq.mail");
    private static final int KEEP = 100;

    private final Deque<Mail> sent = new ArrayDeque<>();

    void writeToLog(Mail mail, String messageId) {
        log.info("\n--- mail to {} ---\nSubject: {}\nMessage-ID: {}\n\n{}\n--- end of mail ---", mail.to(),
                mail.subject(), messageId, mail.body());
        remember(mail);
    }

    void remember(Mail mail) {
        synchronized (sent) {
            sent.addLast(mail);
            while (sent.size() > KEEP) {
                sent.removeFirst();
            }
        }
    }

    /** Mail sent to the address, oldest first. */
    public List<Mail> to(String address) {
        synchronized (sent) {
            return sent.stream().filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
        }
    }
}
