package kz.urpaq.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a mail over SMTP as HTML with a plain-text alternative, marked as sent by a machine
 * ({@code Auto-Submitted: auto-generated}, RFC 3834) so that out-of-office replies stay away,
 * with the outbox's own {@code Message-ID}: a retried mail keeps its identity.
 */
public class SmtpTransport implements MailTransport {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"«»]+");

    private final JavaMailSender sender;
    private final String from;
    private final MailLog mailLog;

    public SmtpTransport(JavaMailSender sender, String from, MailLog mailLog) {
        this.sender = sender;
        this.from = from;
        this.mailLog = mailLog;
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public boolean immediate() {
        return false;
    }

    @Override
    public void send(Mail mail, String messageId) throws MailDeliveryException {
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), html(mail));
            message.setHeader("Message-ID", messageId);
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("Content-Language", mail.language().code());
            sender.send(message);
        } catch (MessagingException e) {
            throw new MailDeliveryException(describe(e), false, e);
        } catch (MailAuthenticationException e) {
            throw new MailDeliveryException(describe(e), true, e);
        } catch (MailException e) {
            throw new MailDeliveryException(describe(e), serverUnavailable(e), e);
        }
        mailLog.remember(mail);
    }

    /** The body as simple HTML: paragraphs, line breaks and clickable links, everything else escaped. */
    static String html(Mail mail) {
        var out = new StringBuilder("<!DOCTYPE html><html lang=\"").append(mail.language().code())
                .append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(HtmlUtils.htmlEscape(mail.subject())).append("</title></head>")
                .append("<body style=\"font-family:sans-serif;line-height:1.5;color:#1a1a1a\">");
        for (var paragraph : mail.body().split("\\n\\s*\\n")) {
            out.append("<p>").append(linked(paragraph).replace("\n", "<br>")).append("</p>");
        }
        return out.append("</body></html>").toString();
    }

    private static String linked(String text) {
        var out = new StringBuilder();
        Matcher matcher = LINK.matcher(text);
        int last = 0;
        while (matcher.find()) {
            out.append(HtmlUtils.htmlEscape(text.substring(last, matcher.start())));
            var url = HtmlUtils.htmlEscape(matcher.group());
            out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            last = matcher.end();
        }
        return out.append(HtmlUtils.htmlEscape(text.substring(last))).toString();
    }

    /** A refused recipient concerns one mail; anything else on the way (no connection, a timeout) every mail. */
    private static boolean serverUnavailable(Throwable e) {
        var seen = new java.util.HashSet<Throwable>();
        var pending = new java.util.ArrayDeque<Throwable>();
        pending.add(e);
        while (!pending.isEmpty()) {
            var next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (next instanceof SendFailedException) {
                return false;
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
                pending.add(messaging.getNextException());
            }
            if (next instanceof MailSendException send) {
                pending.addAll(send.getFailedMessages().values());
            }
        }
        return true;
    }

    /** The error's own words, without the message's content. */
    private static String describe(Exception e) {
        var text = new StringBuilder(e.getClass().getSimpleName());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var message = e.getMessage();
        if (message != null) {
            text.append(": ").append(message);
        }
        if (root != e && root.getMessage() != null) {
            text.append(" (").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage()).append(')');
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text.toString();
    }
}
