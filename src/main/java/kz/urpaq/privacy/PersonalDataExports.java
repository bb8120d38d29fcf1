package kz.urpaq.privacy;

import com.vaadin.flow.i18n.I18NProvider;

import kz.urpaq.base.personal.PersonalDataSubject;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.Mailer;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds the requested ZIPs in the background (the pattern of the outbox and the certificate
 * batches, docs/decisions/022): every few seconds each instance locks a pending request with
 * {@code FOR UPDATE SKIP LOCKED}, so one instance builds it, writes the ZIP into its row in the
 * same transaction and mails the owner a one-time link valid 24 hours. ZIPs past that are removed.
 */
@Component
class PersonalDataExports {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataExports.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PersonalDataExportRepository exports;
    private final PersonalDataZip zip;
    private final AccountService accounts;
    private final Mailer mailer;
    private final I18NProvider i18n;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final String baseUrl;

    PersonalDataExports(PersonalDataExportRepository exports, PersonalDataZip zip, AccountService accounts,
                        Mailer mailer, I18NProvider i18n, Clock clock, PlatformTransactionManager transactions,
                        @Value("${urpaq.public-base-url}") String baseUrl) {
        this.exports = exports;
        this.zip = zip;
        this.accounts = accounts;
        this.mailer = mailer;
        this.i18n = i18n;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Scheduled(fixedDelayString = "${urpaq.privacy.export-poll-interval:5s}",
            initialDelayString = "${urpaq.privacy.export-poll-interval:5s}")
    void poll() {
        try {
            while (buildOne()) {
                // one ZIP per transaction, until none is waiting
            }
            transaction.executeWithoutResult(status -> exports
                    .findByStateAndExpiresAtLessThanEqual(ExportState.READY, clock.instant())
                    .forEach(PersonalDataExport::expire));
        } catch (RuntimeException e) {
            log.warn("Personal data exports: {}", e.toString());
        }
    }

    /** Builds the oldest pending request, if one is free. @return whether one was built (or failed) */
    boolean buildOne() {
        var built = transaction.execute(status -> {
            List<Long> ids = exports.lockPending(1);
            if (ids.isEmpty()) {
                return false;
            }
            var export = exports.findById(ids.getFirst()).orElseThrow();
            SystemTask.run(() -> build(export));
            return true;
        });
        return Boolean.TRUE.equals(built);
    }

    private void build(PersonalDataExport export) {
        var account = accounts.findAllById(List.of(export.getAccountId())).stream().findFirst();
        if (account.isEmpty() || !account.get().enabled()) {
            export.failed("the account is gone");
            return;
        }
        var now = clock.instant();
        try {
            var bytes = zip.write(new PersonalDataSubject(export.getAccountId(), account.get().email()), now);
            var token = newToken();
            export.ready(bytes, hash(token), now, now.plus(PersonalDataService.LINK_VALIDITY));
            var language = account.get().language();
            var locale = language.locale();
            var link = baseUrl + "/profile/data/" + token;
            mailer.send(Mail.of(MailKind.PERSONAL_DATA_EXPORT, account.get().email(), language,
                            i18n.getTranslation("mail.personal-data.subject", locale),
                            i18n.getTranslation("mail.personal-data.body", locale, account.get().displayName(), link,
                                    PersonalDataService.LINK_VALIDITY.toHours()))
                    .withSecret(token).about("account", export.getAccountId()));
        } catch (RuntimeException e) {
            log.warn("Personal data export {} failed: {}", export.getId(), e.toString());
            export.failed(e.toString());
        }
    }

    static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

}
