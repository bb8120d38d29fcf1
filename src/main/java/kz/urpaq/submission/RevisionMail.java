package kz.urpaq.submission;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.Mailer;
import kz.urpaq.security.AccountService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/** Tells the applicant what to fix and by when (domain.md §13): into the outbox in the request's transaction. */
@Component
class RevisionMail {

    private final Mailer mailer;
    private final I18NProvider i18n;
    private final AccountService accounts;
    private final CompetitionService competitions;
    private final String baseUrl;

    RevisionMail(Mailer mailer, I18NProvider i18n, AccountService accounts, CompetitionService competitions,
                 @Value("${urpaq.public-base-url}") String baseUrl) {
        this.mailer = mailer;
        this.i18n = i18n;
        this.accounts = accounts;
        this.competitions = competitions;
        this.baseUrl = baseUrl;
    }

    void send(Application application) {
        var applicant = accounts.findAllById(List.of(application.getApplicantId())).stream().findFirst();
        if (applicant.isEmpty()) {
            return;
        }
        var competition = competitions.findById(application.getCompetitionId()).orElseThrow();
        var locale = applicant.get().language().locale();
        var id = Objects.requireNonNull(application.getId());
        mailer.send(Mail.of(MailKind.REVISION, applicant.get().email(), applicant.get().language(),
                        i18n.getTranslation("mail.revision.subject", locale, application.getReferenceNumber()),
                        i18n.getTranslation("mail.revision.body", locale, applicant.get().displayName(),
                                application.content().title(), competition.title().in(locale),
                                Objects.requireNonNullElse(application.getRevisionNote(), ""),
                                Almaty.dateTime(Objects.requireNonNull(application.getRevisionDeadline())),
                                baseUrl + "/applications/" + id))
                .about("application", id).inCompetition(application.getCompetitionId()));
    }
}
