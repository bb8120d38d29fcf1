package kz.urpaq.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailKind;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** One mail of the outbox, from the moment its cause commits until it has left or been given up. */
@Entity
@Table(name = "outbox_mail")
class OutboxMail extends AbstractEntity {

    static final int ERROR_MAX_LENGTH = 1000;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 30)
    private MailKind kind;

    @Column(name = "recipient", nullable = false, updatable = false, length = 320)
    private String recipient;

    @Column(name = "language", nullable = false, updatable = false, length = 2)
    private String language;

    @Column(name = "subject", nullable = false, updatable = false, length = 1000)
    private String subject;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "secret", length = 200)
    private @Nullable String secret;

    @Column(name = "competition_id", updatable = false)
    private @Nullable Long competitionId;

    @Column(name = "about_type", updatable = false, length = 40)
    private @Nullable String aboutType;

    @Column(name = "about_id", updatable = false)
    private @Nullable Long aboutId;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private MailState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    @Column(name = "transport", length = 10)
    private @Nullable String transport;

    @Column(name = "last_error", length = ERROR_MAX_LENGTH)
    private @Nullable String lastError;

    @Column(name = "message_id", nullable = false, updatable = false, length = 200)
    private String messageId;

    protected OutboxMail() {
        // for JPA
        kind = MailKind.RECEIPT;
        recipient = subject = body = messageId = "";
        language = Language.DEFAULT.code();
        state = MailState.PENDING;
        createdAt = queuedAt = nextAttemptAt = Instant.EPOCH;
    }

    OutboxMail(Mail mail, Instant now, String messageId) {
        this.kind = mail.kind();
        this.recipient = mail.to();
        this.language = mail.language().code();
        this.subject = mail.subject();
        this.body = mail.body();
        this.secret = mail.secret();
        this.competitionId = mail.competitionId();
        this.aboutType = mail.aboutType();
        this.aboutId = mail.aboutId();
        this.state = MailState.PENDING;
        this.createdAt = now;
        this.queuedAt = now;
        this.nextAttemptAt = now;
        this.messageId = messageId;
    }

    Mail toMail() {
        return new Mail(kind, recipient, Language.of(language), subject, body, secret, competitionId, aboutType,
                aboutId);
    }

    /** Claimed for sending: no one else picks it up before {@code until}. */
    void lease(Instant until) {
        nextAttemptAt = until;
    }

    /** Sent: the secret goes, from the body too, so that no usable link stays in the database. */
    void sent(Instant now, String transportName) {
        attempts++;
        state = MailState.SENT;
        sentAt = now;
        transport = transportName;
        lastError = null;
        body = Mail.hide(body, secret);
        secret = null;
    }

    /** One attempt failed: tried again at {@code next}, or given up when there is none. */
    void attemptFailed(String error, @Nullable Instant next) {
        attempts++;
        lastError = Mail.hide(error.length() > ERROR_MAX_LENGTH ? error.substring(0, ERROR_MAX_LENGTH) : error, secret);
        if (next == null) {
            state = MailState.FAILED;
        } else {
            nextAttemptAt = next;
        }
    }

    /** Not tried (the mail server was down for another mail of the round): tried at {@code next}. */
    void postpone(Instant next) {
        nextAttemptAt = next;
    }

    /** A given-up mail is queued again, with a new day of retries. */
    boolean resend(Instant now) {
        if (state != MailState.FAILED) {
            return false;
        }
        state = MailState.PENDING;
        attempts = 0;
        queuedAt = now;
        nextAttemptAt = now;
        return true;
    }

    MailKind getKind() {
        return kind;
    }

    String getRecipient() {
        return recipient;
    }

    Language getLanguage() {
        return Language.of(language);
    }

    String getSubject() {
        return subject;
    }

    /** The body as it may be shown: the secret replaced. */
    String getBodyWithoutSecret() {
        return Mail.hide(body, secret);
    }

    @Nullable Long getCompetitionId() {
        return competitionId;
    }

    @Nullable String getAboutType() {
        return aboutType;
    }

    @Nullable Long getAboutId() {
        return aboutId;
    }

    MailState getState() {
        return state;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getQueuedAt() {
        return queuedAt;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    @Nullable Instant getSentAt() {
        return sentAt;
    }

    @Nullable String getTransport() {
        return transport;
    }

    @Nullable String getLastError() {
        return lastError;
    }

    String getMessageId() {
        return messageId;
    }
}
