package kz.urpaq.grant.report;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.grant.GrantSummary;
import kz.urpaq.grant.ReportKind;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.Mailer;
import kz.urpaq.organiser.OrganiserService;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Mail to the other side of a report (domain.md §14), into the outbox in the change's transaction:
 * a report handed in goes to the organiser's address, a return or an acceptance and the reminders
 * before a due date to the recipient, in the recipient's language.
 */
@Component
class ReportMail {

    private final Mailer mailer;
    private final I18NProvider i18n;
    private final AccountService accounts;
    private final CompetitionService competitions;
    private final OrganiserService organisers;
    private final String baseUrl;

    ReportMail(Mailer mailer, I18NProvider i18n, AccountService accounts, CompetitionService competitions,
               OrganiserService organisers, @Value("${urpaq.public-base-url}") String baseUrl) {
        this.mailer = mailer;
        this.i18n = i18n;
        this.accounts = accounts;
        this.competitions = competitions;
        this.organisers = organisers;
        this.baseUrl = baseUrl;
    }

    /** To the organiser's address: a report was handed in (first time or again). */
    void submitted(GrantSummary grant, ReportKind kind, boolean again) {
        var competition = competitions.findById(grant.competitionId()).orElseThrow();
        var organiser = organisers.find(competition.organiserId());
        var locale = Language.KK.locale();
        var key = again ? "mail.grant-report.resubmitted" : "mail.grant-report.submitted";
        mailer.send(Mail.of(MailKind.GRANT_REPORT, organiser.contactEmail(), Language.KK,
                        i18n.getTranslation(key + ".subject", locale, kindName(kind, locale), grant.projectTitle()),
                        i18n.getTranslation(key + ".body", locale, kindName(kind, locale), grant.projectTitle(),
                                competition.title().in(locale), baseUrl + "/admin/grants/" + grant.id() + "/reports"))
                .about("grant", grant.id()).inCompetition(grant.competitionId()));
    }

    /** To the recipient: returned with the administrator's comment. */
    void returned(GrantSummary grant, ReportKind kind, String comment) {
        recipient(grant).ifPresent(person -> {
            var locale = person.language().locale();
            send(grant, person, i18n.getTranslation("mail.grant-report.returned.subject", locale,
                            kindName(kind, locale), grant.projectTitle()),
                    i18n.getTranslation("mail.grant-report.returned.body", locale, person.displayName(),
                            kindName(kind, locale), grant.projectTitle(), comment, link(grant, kind)));
        });
    }

    /** To the recipient: accepted. */
    void accepted(GrantSummary grant, ReportKind kind) {
        recipient(grant).ifPresent(person -> {
            var locale = person.language().locale();
            send(grant, person, i18n.getTranslation("mail.grant-report.accepted.subject", locale,
                            kindName(kind, locale), grant.projectTitle()),
                    i18n.getTranslation("mail.grant-report.accepted.body", locale, person.displayName(),
                            kindName(kind, locale), grant.projectTitle(), link(grant, kind)));
        });
    }

    /** To the recipient: the report falls due in {@code days} days. */
    void reminder(GrantSummary grant, ReportKind kind, LocalDate due, long days) {
        recipient(grant).ifPresent(person -> {
            var locale = person.language().locale();
            send(grant, person, i18n.getTranslation("mail.grant-report.reminder.subject", locale,
                            kindName(kind, locale), days),
                    i18n.getTranslation("mail.grant-report.reminder.body", locale, person.displayName(),
                            kindName(kind, locale), grant.projectTitle(),
                            due.format(java.time.format.DateTimeFormatter.ofPattern(Almaty.DATE_PATTERN)), days,
                            link(grant, kind)));
        });
    }

    private void send(GrantSummary grant, AccountSummary person, String subject, String body) {
        mailer.send(Mail.of(MailKind.GRANT_REPORT, person.email(), person.language(), subject, body)
                .about("grant", grant.id()).inCompetition(grant.competitionId()));
    }

    private Optional<AccountSummary> recipient(GrantSummary grant) {
        return accounts.findAllById(List.of(grant.recipientAccountId())).stream().findFirst();
    }

    private String link(GrantSummary grant, ReportKind kind) {
        return baseUrl + "/grants/" + grant.id() + "/reports/" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private String kindName(ReportKind kind, java.util.Locale locale) {
        return i18n.getTranslation(kind.labelKey(), locale);
    }
}
