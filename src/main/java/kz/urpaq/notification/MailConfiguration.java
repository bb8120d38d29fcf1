package kz.urpaq.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    /**
     * SMTP when {@code spring.mail.host} is set; always noted in the {@link MailLog}. Over SMTP the
     * mail leaves on another thread: the person's request does not wait for the mail server, and
     * a password reset for a known address answers as fast as for an unknown one. A mail that
     * fails is logged (without its body) and lost; a durable outbox is a later step. Only the
     * embedded default writes mail to the log: {@code prod} does not start without a host
     * (ProductionGuard), so no sign-in link or reset token reaches a production log.
     */
    @Bean
    Mailer mailer(@Value("${spring.mail.host:}") String host,
                  @Value("${urpaq.mail.from:noreply@urpaq.local}") String from,
                  ObjectProvider<JavaMailSender> sender, MailLog mailLog,
                  @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        if (host.isBlank()) {
            return mailLog::writeToLog;
        }
        return mail -> {
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.to());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            mailLog.remember(mail);
            executor.execute(() -> {
                try {
                    sender.getObject().send(message);
                } catch (MailException e) {
                    log.warn("A mail to {} could not be sent: {}", mail.to(), e.getMessage());
                }
            });
        };
    }
}
