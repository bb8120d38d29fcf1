package kz.urpaq.grant.report;

import kz.urpaq.base.domain.Almaty;
import kz.urpaq.grant.GrantReportStatuses;
import kz.urpaq.grant.ReportKind;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.MailLog;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ReportRemindersTest {

    @Autowired ReportReminders reminders;
    @Autowired GrantReportService reports;
    @Autowired GrantReportStatuses statuses;
    @Autowired GrantReportFixture fixture;
    @Autowired TestAccounts accounts;
    @Autowired MailLog mails;
    @Autowired MutableClock clock;

    private GrantReportFixture.Grant grant;

    @BeforeEach
    void anActiveGrant() {
        grant = fixture.activeGrant();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_recipient_is_reminded_once_14_days_and_once_3_days_before_the_due_date() {
        var due = GrantReportFixture.INTERIM_DUE;
        at(due.minusDays(15));
        SystemTask.run(reminders::sendDue);
        assertThat(reminders()).isEmpty();

        at(due.minusDays(14));
        SystemTask.run(reminders::sendDue);
        SystemTask.run(reminders::sendDue);
        assertThat(reminders()).singleElement().satisfies(mail -> {
            assertThat(mail.kind()).isEqualTo(MailKind.GRANT_REPORT);
            assertThat(mail.body()).contains("15.12.2026").contains("14")
                    .contains("/grants/" + grant.id() + "/reports/interim");
        });

        at(due.minusDays(10));
        SystemTask.run(reminders::sendDue);
        at(due.minusDays(4));
        SystemTask.run(reminders::sendDue);
        assertThat(reminders()).hasSize(1);

        at(due.minusDays(3));
        SystemTask.run(reminders::sendDue);
        at(due.minusDays(2));
        SystemTask.run(reminders::sendDue);
        assertThat(reminders()).hasSize(2);
        assertThat(reminders().getLast().body()).contains(" 3 ");

        at(due.plusDays(1));
        SystemTask.run(reminders::sendDue);
        assertThat(reminders()).hasSize(2);
    }

    @Test
    void a_report_handed_in_is_not_reminded_of_and_a_late_active_grant_gets_only_the_nearer_reminder() {
        accounts.signInAs(grant.recipient());
        reports.saveDraft(grant.id(), ReportKind.INTERIM, ReportContents.complete());
        reports.submit(grant.id(), ReportKind.INTERIM);
        accounts.signOut();
        at(GrantReportFixture.INTERIM_DUE.minusDays(14));
        SystemTask.run(reminders::sendDue);
        assertThat(reminders()).isEmpty();

        var late = fixture.activeGrant();
        at(GrantReportFixture.INTERIM_DUE.minusDays(2));
        SystemTask.run(reminders::sendDue);
        assertThat(mails.to(late.recipient()).stream().filter(m -> m.kind() == MailKind.GRANT_REPORT))
                .singleElement().satisfies(mail -> assertThat(mail.body()).contains(" 2 "));
    }

    @Test
    void the_register_flags_a_report_overdue_the_day_after_its_due_date_unless_handed_in() {
        accounts.signInAs(ResultsTestData.ADMIN);
        assertThat(statuses.forGrants(List.of(grant.id())).get(grant.id()).overdue()).isFalse();
        at(GrantReportFixture.INTERIM_DUE);
        assertThat(statuses.forGrants(List.of(grant.id())).get(grant.id()).overdue()).isFalse();
        at(GrantReportFixture.INTERIM_DUE.plusDays(1));
        var line = statuses.forGrants(List.of(grant.id())).get(grant.id());
        assertThat(line.overdue()).isTrue();
        assertThat(line.interimState()).isEqualTo("Басталмаған");

        accounts.signInAs(grant.recipient());
        reports.saveDraft(grant.id(), ReportKind.INTERIM, ReportContents.complete());
        reports.submit(grant.id(), ReportKind.INTERIM);
        accounts.signInAs(ResultsTestData.ADMIN);
        line = statuses.forGrants(List.of(grant.id())).get(grant.id());
        assertThat(line.overdue()).isFalse();
        assertThat(line.interimState()).isEqualTo("Тапсырылды");

        fixture.setState(grant, "DECLINED");
        at(GrantReportFixture.FINAL_DUE.plusDays(1));
        assertThat(statuses.forGrants(List.of(grant.id())).get(grant.id()).overdue()).as("not active").isFalse();
    }

    @Test
    void a_report_returned_after_its_due_date_is_not_overdue_while_its_recipient_fixes_it() {
        accounts.signInAs(grant.recipient());
        reports.saveDraft(grant.id(), ReportKind.INTERIM, ReportContents.complete());
        reports.submit(grant.id(), ReportKind.INTERIM);
        at(GrantReportFixture.INTERIM_DUE.plusDays(3));
        accounts.signInAs(ResultsTestData.ADMIN);
        reports.returnWithComment(grant.id(), ReportKind.INTERIM, "Чекті қосыңыз");
        var line = statuses.forGrants(List.of(grant.id())).get(grant.id());
        assertThat(line.overdue()).isFalse();
        assertThat(line.interimState()).isEqualTo("Пысықтауға қайтарылды");
        accounts.signInAs(grant.recipient());
        assertThat(reports.open(grant.id(), ReportKind.INTERIM).overdue()).isFalse();
    }

    private List<Mail> reminders() {
        return mails.to(grant.recipient()).stream().filter(m -> m.kind() == MailKind.GRANT_REPORT).toList();
    }

    private void at(LocalDate day) {
        clock.set(day.atTime(9, 0).atZone(Almaty.ZONE).toInstant());
    }
}
