package kz.urpaq.submission;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.Mailer;
import kz.urpaq.security.AccountService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import kz.urpaq.notification.MailKind;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;

/** Tells the applicant the screening decision (domain.md §10): into the outbox in the decision's transaction. */
@Component
class EligibilityMail {

    private final Mailer mailer;
    private final I18NProvider i18n;
    private final AccountService accounts;
    private final ApplicationRepository applications;
    private final CompetitionService competitions;
    private final String baseUrl;

    EligibilityMail(Mailer mailer, I18NProvider i18n, AccountService accounts, ApplicationRepository applications,
                    CompetitionService competitions, @Value("${urpaq.public-base-url}") String baseUrl) {
        this.mailer = mailer;
        this.i18n = i18n;
        this.accounts = accounts;
        this.applications = applications;
        this.competitions = competitions;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void onDecided(EligibilityDecided event) {
        var applicant = accounts.findAllById(List.of(event.applicantId())).stream().findFirst().orElseThrow();
        var application = applications.findById(event.applicationId()).orElseThrow();
        var competition = competitions.findById(application.getCompetitionId()).orElseThrow();
        var locale = applicant.language().locale();
        var key = event.eligible() ? "mail.eligible" : "mail.ineligible";
        var reason = application.getScreeningReason() == null ? "" : application.getScreeningReason();
        mailer.send(Mail.of(MailKind.ELIGIBILITY, applicant.email(), applicant.language(),
                i18n.getTranslation(key + ".subject", locale, application.getReferenceNumber()),
                i18n.getTranslation(key + ".body", locale, applicant.displayName(), application.content().title(),
                        competition.title().in(locale), reason, baseUrl + "/applications/" + event.applicationId()))
                .about("application", event.applicationId()).inCompetition(application.getCompetitionId()));
    }
}
