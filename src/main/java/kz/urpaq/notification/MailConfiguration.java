package kz.urpaq.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration
class MailConfiguration {

    /**
     * SMTP when {@code spring.mail.host} is set; always noted in the {@link MailLog}. Only the
     * embedded default writes mail to the log: {@code prod} does not start without a host
     * (ProductionGuard), so no sign-in link or reset token reaches a production log.
     */
    @Bean
    Mailer mailer(@Value("${spring.mail.host:}") String host,
                  @Value("${urpaq.mail.from:noreply@urpaq.local}") String from,
                  ObjectProvider<JavaMailSender> sender, MailLog mailLog) {
        if (host.isBlank()) {
            return mailLog::writeToLog;
        }
        return mail -> {
            var message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mail.to());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            sender.getObject().send(message);
            mailLog.remember(mail);
        };
    }
}
