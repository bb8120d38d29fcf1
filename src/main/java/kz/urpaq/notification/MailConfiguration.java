package kz.urpaq.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration
class MailConfiguration {

    /**
     * SMTP when {@code spring.mail.host} is set (with connect, read and write timeouts, see
     * application.properties), else the log. Only the embedded default writes mail to the log:
     * {@code prod} does not start without a host (ProductionGuard), so no sign-in link or reset token
     * reaches a production log. Mail is not sent through this directly: rooms hand it to the
     * {@link Mailer}, the outbox, which delivers it later.
     */
    @Bean
    MailTransport mailTransport(@Value("${spring.mail.host:}") String host,
                                @Value("${urpaq.mail.from:noreply@urpaq.local}") String from,
                                ObjectProvider<JavaMailSender> sender, MailLog mailLog) {
        if (host.isBlank()) {
            return new LogTransport(mailLog);
        }
        return new SmtpTransport(sender.getObject(), from, mailLog);
    }
}
