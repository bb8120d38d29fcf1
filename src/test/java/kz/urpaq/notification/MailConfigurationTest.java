package kz.urpaq.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class MailConfigurationTest {

    /** A mail server that takes two seconds to accept a message. */
    private static final class SlowServer extends JavaMailSenderImpl {

        private final CountDownLatch delivered = new CountDownLatch(1);

        @Override
        public void send(SimpleMailMessage... messages) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            delivered.countDown();
        }
    }

    @Test
    void over_smtp_a_request_does_not_wait_for_the_mail_server_so_a_known_address_answers_as_fast() throws Exception {
        var server = new SlowServer();
        var beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", server);
        var mailLog = new MailLog();
        var mailer = new MailConfiguration().mailer("smtp.example.kz", "noreply@urpaq.kz",
                beans.getBeanProvider(JavaMailSender.class), mailLog, new SimpleAsyncTaskExecutor());

        var started = System.nanoTime();
        mailer.send(new Mail("owner@example.kz", "Urpaq", "a reset link"));
        var took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).isLessThan(Duration.ofMillis(500));
        assertThat(mailLog.to("owner@example.kz")).hasSize(1);
        assertThat(server.delivered.await(10, TimeUnit.SECONDS)).as("the mail still leaves").isTrue();
    }
}
