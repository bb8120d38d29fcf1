package kz.urpaq.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import kz.urpaq.notification.MailLog;
import kz.urpaq.notification.SmtpTransport;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Properties;

/**
 * A GreenMail SMTP server on a free port of 127.0.0.1, started and stopped by the test (so it can
 * be down), and an {@link SmtpTransport} to it with short timeouts.
 */
public final class SmtpServer implements AutoCloseable {

    private final int port = freePort();
    private GreenMail greenMail;

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public GreenMail start() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    public GreenMail mail() {
        return greenMail;
    }

    public SmtpTransport transport(MailLog mailLog) {
        return transport(port, mailLog, 2000);
    }

    public static SmtpTransport transport(int port, MailLog mailLog, int timeoutMillis) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        var properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.timeout", String.valueOf(timeoutMillis));
        properties.put("mail.smtp.writetimeout", String.valueOf(timeoutMillis));
        sender.setJavaMailProperties(properties);
        return new SmtpTransport(sender, "noreply@urpaq.test", mailLog);
    }

    @Override
    public void close() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }
}
