package kz.urpaq.security;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The mails that carry account links, written in the recipient's language. Each goes into the
 * outbox in the transaction that issued the link: it leaves only once that commits (no mail points
 * at a link that was rolled back), outside the request, and the token is kept as the mail's secret,
 * never shown on the outgoing-mail page nor kept once the mail has left.
 */
@Component
class AccountMails {

    private final Mailer mailer;
    private final I18NProvider i18n;
    private final String baseUrl;

    AccountMails(Mailer mailer, I18NProvider i18n, @Value("${urpaq.public-base-url}") String baseUrl) {
        this.mailer = mailer;
        this.i18n = i18n;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    void sendEmailConfirmation(UserAccount account, String token) {
        var locale = account.getPreferredLanguage().locale();
        var link = baseUrl + "/confirm-email/" + token;
        mailer.send(mail(MailKind.EMAIL_CONFIRMATION, account,
                i18n.getTranslation("mail.confirm-email.subject", locale),
                i18n.getTranslation("mail.confirm-email.body", locale, account.getDisplayName(), link,
                        AccountLinkService.CONFIRMATION_VALIDITY.toDays())).withSecret(token));
    }

    void sendPasswordReset(UserAccount account, String token) {
        var locale = account.getPreferredLanguage().locale();
        var link = baseUrl + "/reset-password/" + token;
        mailer.send(mail(MailKind.PASSWORD_RESET, account,
                i18n.getTranslation("mail.reset-password.subject", locale),
                i18n.getTranslation("mail.reset-password.body", locale, account.getDisplayName(), link,
                        AccountLinkService.RESET_VALIDITY.toMinutes())).withSecret(token));
    }

    void sendInvitation(UserAccount account, String token) {
        var locale = account.getPreferredLanguage().locale();
        var link = baseUrl + "/accept-invitation/" + token;
        mailer.send(mail(MailKind.INVITATION, account,
                i18n.getTranslation("mail.invitation.subject", locale),
                i18n.getTranslation("mail.invitation.body", locale, account.getDisplayName(), link,
                        AccountLinkService.INVITATION_VALIDITY.toDays())).withSecret(token));
    }

    /**
     * Someone tried to register the address of an existing account. The registration page
     * answered them as it answers everyone; the owner learns it here, with the ways back in.
     */
    void sendRegistrationAttempt(UserAccount account) {
        var locale = account.getPreferredLanguage().locale();
        mailer.send(mail(MailKind.REGISTRATION_ATTEMPT, account,
                i18n.getTranslation("mail.registration-attempt.subject", locale),
                i18n.getTranslation("mail.registration-attempt.body", locale, account.getDisplayName(),
                        baseUrl + "/login", baseUrl + "/forgot-password")));
    }

    /** Tells an administrator or juror that sign-ins to their account keep failing and are being slowed. */
    void sendSignInAlert(UserAccount account, String clientAddress) {
        var locale = account.getPreferredLanguage().locale();
        mailer.send(mail(MailKind.SIGN_IN_ALERT, account,
                i18n.getTranslation("mail.sign-in-alert.subject", locale),
                i18n.getTranslation("mail.sign-in-alert.body", locale, account.getDisplayName(), clientAddress,
                        baseUrl + "/forgot-password")));
    }

    private static Mail mail(MailKind kind, UserAccount account, String subject, String body) {
        var mail = Mail.of(kind, account.getEmail(), account.getPreferredLanguage(), subject, body);
        return account.getId() == null ? mail : mail.about("account", account.getId());
    }
}
