package kz.urpaq.notification;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockPropertySource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SMTP settings of {@code application-prod.properties} against a server that offers no
 * STARTTLS, as a server would look to Urpaq when someone on the way strips the offer.
 */
class ProductionMailTest {

    private static final String LINK = "https://grants.example.kz/reset-password/secret-token";

    private PlainSmtpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new PlainSmtpServer();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Test
    void prod_sends_no_mail_to_a_server_that_does_not_offer_starttls() {
        var sender = prodMailSender(new MockPropertySource());

        assertThatThrownBy(() -> sender.send(resetMail())).isInstanceOf(MailException.class)
                .hasMessageContaining("STARTTLS");
        assertThat(server.conversation()).doesNotContain("MAIL FROM", LINK);
    }

    @Test
    void turning_starttls_off_takes_the_documented_variable() {
        var sender = prodMailSender(new MockPropertySource().withProperty("URPAQ_MAIL_STARTTLS_REQUIRED", "false"));

        sender.send(resetMail());

        assertThat(server.conversation()).contains("MAIL FROM", LINK);
    }

    /** A sender configured as Spring Boot would from the prod properties, environment variables on top. */
    private JavaMailSenderImpl prodMailSender(MockPropertySource variables) {
        var environment = new StandardEnvironment();
        var sources = environment.getPropertySources();
        sources.addFirst(variables);
        try {
            sources.addLast(new ResourcePropertySource(new ClassPathResource("application-prod.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var javaMail = new Properties();
        javaMail.putAll(Binder.get(environment)
                .bind("spring.mail.properties", Bindable.mapOf(String.class, String.class)).get());
        javaMail.put("mail.smtp.timeout", "5000");
        var sender = new JavaMailSenderImpl();
        sender.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        sender.setPort(server.port());
        sender.setJavaMailProperties(javaMail);
        return sender;
    }

    private static SimpleMailMessage resetMail() {
        var mail = new SimpleMailMessage();
        mail.setFrom("noreply@grants.example.kz");
        mail.setTo("aruzhan@example.kz");
        mail.setSubject("Password reset");
        mail.setText("Open " + LINK);
        return mail;
    }

    /** Speaks just enough SMTP to take one mail, and never offers STARTTLS. */
    private static final class PlainSmtpServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final StringBuilder heard = new StringBuilder();
        private final CompletableFuture<Void> session = CompletableFuture.runAsync(this::serve);

        PlainSmtpServer() throws IOException {
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            try (var client = socket.accept();
                 var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
                 var out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
                reply(out, "220 smtp.example.kz ESMTP");
                var inData = false;
                for (var line = in.readLine(); line != null; line = in.readLine()) {
                    synchronized (heard) {
                        heard.append(line).append('\n');
                    }
                    if (inData) {
                        if (line.equals(".")) {
                            inData = false;
                            reply(out, "250 queued");
                        }
                    } else if (line.startsWith("EHLO")) {
                        reply(out, "250-smtp.example.kz\r\n250 8BITMIME");
                    } else if (line.equals("DATA")) {
                        inData = true;
                        reply(out, "354 go ahead");
                    } else if (line.equals("QUIT")) {
                        reply(out, "221 bye");
                        return;
                    } else {
                        reply(out, "250 ok");
                    }
                }
            } catch (IOException closed) {
                // the client hung up, which is what a refusing client does
            }
        }

        private static void reply(Writer out, String text) throws IOException {
            out.write(text + "\r\n");
            out.flush();
        }

        String conversation() {
            try {
                session.get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("the SMTP session did not end", e);
            }
            synchronized (heard) {
                return heard.toString();
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
