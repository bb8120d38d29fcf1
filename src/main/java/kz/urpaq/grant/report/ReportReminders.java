package kz.urpaq.grant.report;

import kz.urpaq.base.domain.Almaty;
import kz.urpaq.grant.GrantLookup;
import kz.urpaq.grant.GrantSummary;
import kz.urpaq.grant.ReportKind;
import kz.urpaq.security.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Reminds a grant's recipient of a report 14 and 3 days before its due date (domain.md §14), once
 * each. Every instance looks every {@code urpaq.grant-reports.reminder-interval}; a reminder is a row
 * of {@code grant_report_reminder} written in the same short transaction as its outbox mail, and that
 * row's primary key lets only one instance's round write it: the other's insert finds it, or fails
 * and rolls its mail back. A report already handed in is not reminded of; a grant that became active
 * late gets only the nearer reminder. Tests switch the background off and call {@link #sendDue()}.
 */
@Component
class ReportReminders {

    /** Days before the due date on which the recipient is reminded, farthest first. */
    public static final int[] DAYS_BEFORE = {14, 3};

    private static final Logger log = LoggerFactory.getLogger(ReportReminders.class);

    private final GrantLookup grants;
    private final GrantReportRepository reports;
    private final ReportMail mail;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final boolean background;

    ReportReminders(GrantLookup grants, GrantReportRepository reports, ReportMail mail, JdbcTemplate jdbc,
                    PlatformTransactionManager transactions, Clock clock,
                    @Value("${urpaq.grant-reports.background:true}") boolean background) {
        this.grants = grants;
        this.reports = reports;
        this.mail = mail;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.background = background;
    }

    @Scheduled(fixedDelayString = "${urpaq.grant-reports.reminder-interval:1h}",
            initialDelayString = "${urpaq.grant-reports.reminder-initial-delay:2m}")
    void poll() {
        if (!background) {
            return;
        }
        try {
            SystemTask.run(this::sendDue);
        } catch (RuntimeException e) {
            log.warn("Grant report reminders could not be sent this round: {}", e.toString());
        }
    }

    /** Sends the reminders due today that no instance has sent yet; returns how many this call sent. */
    public int sendDue() {
        var today = LocalDate.ofInstant(clock.instant(), Almaty.ZONE);
        var sent = 0;
        for (var grant : grants.activeGrantsDueBetween(today, today.plusDays(DAYS_BEFORE[0]))) {
            for (var kind : ReportKind.values()) {
                var due = GrantReportService.due(grant, kind);
                if (due == null || due.isBefore(today)) {
                    continue;
                }
                var days = ChronoUnit.DAYS.between(today, due);
                var threshold = threshold(days);
                if (threshold > 0 && !handedIn(grant, kind) && remind(grant, kind, due, days, threshold)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** The reminder a day {@code days} before the due date belongs to: the nearest threshold it has reached, or 0. */
    static int threshold(long days) {
        var found = 0;
        for (var threshold : DAYS_BEFORE) {
            if (days <= threshold) {
                found = threshold;
            }
        }
        return found;
    }

    private boolean handedIn(GrantSummary grant, ReportKind kind) {
        return reports.findByGrantIdAndKind(grant.id(), kind).map(r -> r.getState().isHandedIn()).orElse(false);
    }

    private boolean remind(GrantSummary grant, ReportKind kind, LocalDate due, long days, int threshold) {
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> {
                var written = jdbc.update("insert into grant_report_reminder (grant_id, kind, days_before, sent_at) "
                                + "select ?, ?, ?, ? where not exists (select 1 from grant_report_reminder "
                                + "where grant_id = ? and kind = ? and days_before = ?)",
                        grant.id(), kind.name(), threshold, Timestamp.from(clock.instant()),
                        grant.id(), kind.name(), threshold);
                if (written == 0) {
                    return false;
                }
                mail.reminder(grant, kind, due, days);
                return true;
            }));
        } catch (DuplicateKeyException another) {
            // another instance wrote this reminder a moment ago; its mail is the one that leaves
            return false;
        }
    }
}
