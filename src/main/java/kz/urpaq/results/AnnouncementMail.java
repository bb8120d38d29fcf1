package kz.urpaq.results;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.Mailer;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import kz.urpaq.security.SystemTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import kz.urpaq.notification.MailKind;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells every applicant whose application was ranked that the results are announced, with their
 * own result and the links to their application and the public page (domain.md §10), in each
 * applicant's language. The mails are written into the outbox in the announcement's transaction:
 * the administrator's action does not wait for the mail server, and none is lost.
 */
@Component
class AnnouncementMail {

    private final Mailer mailer;
    private final I18NProvider i18n;
    private final AnnouncedResultRepository announced;
    private final AccountService accounts;
    private final CompetitionService competitions;
    private final String baseUrl;

    AnnouncementMail(Mailer mailer, I18NProvider i18n, AnnouncedResultRepository announced, AccountService accounts,
                     CompetitionService competitions, @Value("${urpaq.public-base-url}") String baseUrl) {
        this.mailer = mailer;
        this.i18n = i18n;
        this.announced = announced;
        this.accounts = accounts;
        this.competitions = competitions;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void onAnnounced(ResultsAnnounced event) {
        var rows = announced.findByCompetitionIdOrderByDirectionIdAscPositionAsc(event.competitionId());
        SystemTask.run(() -> {
            var competition = competitions.findById(event.competitionId()).orElseThrow();
            var directions = competition.directions().stream()
                    .collect(Collectors.toMap(d -> d.id(), d -> d.name()));
            var recipients = accounts.findAllById(rows.stream().map(AnnouncedResult::getApplicantId).toList())
                    .stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
            for (var row : rows) {
                var applicant = recipients.get(row.getApplicantId());
                if (applicant == null) {
                    continue;
                }
                var locale = applicant.language().locale();
                var direction = directions.get(row.getDirectionId());
                mailer.send(Mail.of(MailKind.RESULTS, applicant.email(), applicant.language(),
                        i18n.getTranslation("mail.results.subject", locale, competition.title().in(locale)),
                        i18n.getTranslation("mail.results.body", locale, applicant.displayName(),
                                competition.title().in(locale), row.getProjectTitle(),
                                outcome(row, direction == null ? "" : direction.in(locale), locale),
                                baseUrl + "/applications/" + row.getApplicationId(),
                                baseUrl + "/results/" + event.competitionId()))
                        .about("application", row.getApplicationId()).inCompetition(event.competitionId()));
            }
        });
    }

    private String outcome(AnnouncedResult row, String direction, Locale locale) {
        var place = row.getPlace();
        if (place != null) {
            return i18n.getTranslation(row.isGrantAwarded() ? "mail.results.place-and-grant" : "mail.results.place",
                    locale, place, direction);
        }
        if (row.isGrantAwarded()) {
            return i18n.getTranslation("mail.results.grant", locale, direction);
        }
        return i18n.getTranslation("mail.results.ranked", locale, row.getPosition(), row.getRankedCount(), direction);
    }
}
