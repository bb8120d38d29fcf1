package kz.urpaq.submission;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.Mailer;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import kz.urpaq.notification.MailKind;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.Clock;

/**
 * The submission receipt (domain.md §10): written into the outbox in the submission's own
 * transaction, so it leaves once the submission has committed, never before, and is never lost.
 */
@Component
class ReceiptMail {

    private final Mailer mailer;
    private final I18NProvider i18n;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationRepository applications;
    private final CompetitionService competitions;
    private final Clock clock;
    private final String baseUrl;

    ReceiptMail(Mailer mailer, I18NProvider i18n, AccountService accounts, CurrentUser currentUser,
                ApplicationRepository applications, CompetitionService competitions, Clock clock,
                @Value("${urpaq.public-base-url}") String baseUrl) {
        this.mailer = mailer;
        this.i18n = i18n;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.applications = applications;
        this.competitions = competitions;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void onSubmitted(ApplicationSubmitted event) {
        var principal = currentUser.require();
        var language = accounts.currentLanguage().orElse(kz.urpaq.base.i18n.Language.DEFAULT);
        var locale = language.locale();
        var application = applications.findById(event.applicationId()).orElseThrow();
        var competition = competitions.findPublic(application.getCompetitionId()).orElseThrow();
        var title = application.content().title();
        var subject = i18n.getTranslation("mail.receipt.subject", locale, event.referenceNumber());
        var body = i18n.getTranslation("mail.receipt.body", locale, principal.displayName(), title,
                competition.title().in(locale), event.referenceNumber(), Almaty.dateTime(clock.instant()),
                baseUrl + "/applications/" + event.applicationId());
        mailer.send(Mail.of(MailKind.RECEIPT, principal.email(), language, subject, body)
                .about("application", event.applicationId()).inCompetition(application.getCompetitionId()));
    }
}
