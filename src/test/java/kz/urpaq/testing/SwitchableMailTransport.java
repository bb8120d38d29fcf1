package kz.urpaq.testing;

import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailDeliveryException;
import kz.urpaq.notification.MailTransport;

/**
 * The test context's transport: the application's own (the log) unless a test switches to another,
 * e.g. SMTP to a GreenMail server, and back. One Spring context serves both.
 */
public class SwitchableMailTransport implements MailTransport {

    private final MailTransport standard;
    private volatile MailTransport current;

    SwitchableMailTransport(MailTransport standard) {
        this.standard = standard;
        this.current = standard;
    }

    public void use(MailTransport transport) {
        current = transport;
    }

    public void reset() {
        current = standard;
    }

    @Override
    public String name() {
        return current.name();
    }

    @Override
    public boolean immediate() {
        return current.immediate();
    }

    @Override
    public void send(Mail mail, String messageId) throws MailDeliveryException {
        current.send(mail, messageId);
    }
}
