package kz.urpaq.grant.report;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.grant.GrantReportAccepted;
import kz.urpaq.grant.ReportKind;
import kz.urpaq.notification.MailLog;
import kz.urpaq.organiser.OrganiserService;
import kz.urpaq.organiser.OrganiserSpec;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.attachment.AttachmentRejectedException;
import kz.urpaq.submission.attachment.TestFiles;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@RecordApplicationEvents
class GrantReportServiceTest {

    @Autowired GrantReportService reports;
    @Autowired GrantReportFixture fixture;
    @Autowired TestAccounts accounts;
    @Autowired AccountService accountService;
    @Autowired OrganiserService organisers;
    @Autowired MailLog mails;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

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
    void the_recipient_opens_a_draft_over_the_applications_own_milestones_and_budget_lines() {
        accounts.signInAs(grant.recipient());
        var report = reports.open(grant.id(), ReportKind.INTERIM);

        assertThat(report.state()).isEqualTo(ReportState.DRAFT);
        assertThat(report.editable()).isTrue();
        assertThat(report.due()).isEqualTo(GrantReportFixture.INTERIM_DUE);
        assertThat(report.plan().milestones()).extracting(m -> m.title()).containsExactly("Үйірме ашу", "Жарыс өткізу");
        assertThat(report.plan().expectedResults()).isEqualTo("Жүз оқушы робот құрастыруды үйренеді");
        assertThat(report.plan().plannedTotalTenge()).isEqualTo(400_000);
        assertThat(report.content().milestones()).extracting(MilestoneLine::milestone).containsExactly(0, 1);
        assertThat(report.content().spending()).extracting(SpendingLine::budgetLine).containsExactly(0, 1);

        var saved = reports.saveDraft(grant.id(), ReportKind.INTERIM, ReportContents.complete());
        assertThat(reports.open(grant.id(), ReportKind.INTERIM).content()).isEqualTo(ReportContents.complete());
        assertThat(saved.content().actualTotalTenge()).isEqualTo(350_000);
    }

    @Test
    void a_report_over_budget_lines_or_milestones_the_application_does_not_have_is_refused() {
        accounts.signInAs(grant.recipient());
        var complete = ReportContents.complete();
        var overBudget = new ReportContent(complete.milestones(), complete.results(),
                List.of(new SpendingLine(0, 1000, ""), new SpendingLine(2, 1000, "")), "", "");
        assertRefused(() -> reports.saveDraft(grant.id(), ReportKind.INTERIM, overBudget),
                "grant.report.refused.no-such-budget-line");
        var twice = new ReportContent(complete.milestones(), complete.results(),
                List.of(new SpendingLine(1, 1000, ""), new SpendingLine(1, 2000, "")), "", "");
        assertRefused(() -> reports.saveDraft(grant.id(), ReportKind.INTERIM, twice),
                "grant.report.refused.no-such-budget-line");
        var noSuchMilestone = new ReportContent(List.of(new MilestoneLine(5, MilestoneStatus.DONE, "")), "",
                List.of(), "", "");
        assertRefused(() -> reports.saveDraft(grant.id(), ReportKind.INTERIM, noSuchMilestone),
                "grant.report.refused.no-such-milestone");
        assertRefused(() -> reports.addReceipt(grant.id(), ReportKind.INTERIM, 2, "chek.pdf",
                new ByteArrayInputStream(TestFiles.pdf())), "grant.report.refused.no-such-budget-line");
        assertThat(reports.open(grant.id(), ReportKind.INTERIM).content().spending())
                .extracting(SpendingLine::actualTenge).containsExactly(0L, 0L);
    }

    @Test
    void handing_in_checks_the_totals_and_completeness() {
        accounts.signInAs(grant.recipient());
        var complete = ReportContents.complete();
        reports.saveDraft(grant.id(), ReportKind.INTERIM, new ReportContent(complete.milestones(), complete.results(),
                List.of(new SpendingLine(0, 300_000, ""), new SpendingLine(1, 250_000, "Бағалар өсті")),
                complete.links(), complete.publicSummary()));
        assertRefused(() -> reports.submit(grant.id(), ReportKind.INTERIM), "grant.report.refused.total");

        reports.saveDraft(grant.id(), ReportKind.INTERIM, new ReportContent(complete.milestones(), complete.results(),
                List.of(new SpendingLine(0, 310_000, ""), new SpendingLine(1, 10_000, "")),
                complete.links(), complete.publicSummary()));
        assertRefused(() -> reports.submit(grant.id(), ReportKind.INTERIM), "grant.report.refused.overspent-note");

        reports.saveDraft(grant.id(), ReportKind.INTERIM, new ReportContent(
                List.of(new MilestoneLine(0, MilestoneStatus.DONE, "")), complete.results(), complete.spending(),
                complete.links(), complete.publicSummary()));
        assertRefused(() -> reports.submit(grant.id(), ReportKind.INTERIM),
                "grant.report.refused.milestones-incomplete");

        assertRefused(() -> reports.saveDraft(grant.id(), ReportKind.INTERIM, new ReportContent(
                complete.milestones(), complete.results(), complete.spending(), "javascript:alert(1)",
                complete.publicSummary())), "grant.report.refused.link");
        assertRefused(() -> reports.saveDraft(grant.id(), ReportKind.INTERIM, new ReportContent(
                complete.milestones(), complete.results(), complete.spending(), "", "ы".repeat(601))),
                "grant.report.refused.too-long");

        reports.saveDraft(grant.id(), ReportKind.INTERIM, complete);
        assertThat(reports.submit(grant.id(), ReportKind.INTERIM).state()).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void submitted_returned_with_a_comment_resubmitted_and_accepted_with_history_audit_mail_and_the_event() {
        accounts.signInAs(grant.recipient());
        reports.saveDraft(grant.id(), ReportKind.INTERIM, ReportContents.complete());
        var submitted = reports.submit(grant.id(), ReportKind.INTERIM);
        assertThat(submitted.editable()).isFalse();
        assertRefused(() -> reports.saveDraft(grant.id(), ReportKind.INTERIM, ReportContents.complete()),
                "grant.report.refused.not-editable");
        var organiser = organisers.find(organisers.defaultOrganiserId()).contactEmail();
        assertThat(mails.to(organiser)).anySatisfy(mail -> assertThat(mail.body())
                .contains("Робототехника үйірмесі").contains("/admin/grants/" + grant.id() + "/reports"));

        accounts.signInAs(ResultsTestData.ADMIN);
        var returned = reports.returnWithComment(grant.id(), ReportKind.INTERIM, "Чектерді қосыңыз");
        assertThat(returned.state()).isEqualTo(ReportState.RETURNED);
        assertThat(mails.to(grant.recipient())).anySatisfy(mail -> assertThat(mail.body()).contains("Чектерді қосыңыз"));
        assertRefused(() -> reports.accept(grant.id(), ReportKind.INTERIM), "grant.report.refused.not-submitted");

        accounts.signInAs(grant.recipient());
        var reopened = reports.open(grant.id(), ReportKind.INTERIM);
        assertThat(reopened.editable()).isTrue();
        assertThat(reopened.returnComment()).isEqualTo("Чектерді қосыңыз");
        reports.addReceipt(grant.id(), ReportKind.INTERIM, 0, "chek.pdf", new ByteArrayInputStream(TestFiles.pdf()));
        reports.submit(grant.id(), ReportKind.INTERIM);

        accounts.signInAs(ResultsTestData.ADMIN);
        var accepted = reports.accept(grant.id(), ReportKind.INTERIM);
        assertThat(accepted.state()).isEqualTo(ReportState.ACCEPTED);
        assertThat(accepted.history()).extracting(ReportHistoryEntry::action).containsExactly(
                ReportEventAction.SUBMITTED, ReportEventAction.RETURNED, ReportEventAction.RESUBMITTED,
                ReportEventAction.ACCEPTED);
        assertThat(accepted.history().get(1).comment()).isEqualTo("Чектерді қосыңыз");
        assertThat(accepted.files()).singleElement().satisfies(file -> {
            assertThat(file.photo()).isFalse();
            assertThat(file.budgetLine()).isZero();
        });
        assertThat(events.stream(GrantReportAccepted.class))
                .containsExactly(new GrantReportAccepted(grant.id(), ReportKind.INTERIM));
        assertThat(auditRows("GRANT_REPORT_SUBMITTED")).isEqualTo(2);
        assertThat(auditRows("GRANT_REPORT_RETURNED")).isEqualTo(1);
        assertThat(auditRows("GRANT_REPORT_ACCEPTED")).isEqualTo(1);
        assertThat(mails.to(grant.recipient())).anySatisfy(mail -> assertThat(mail.subject()).contains("Робототехника"));

        assertRefused(() -> reports.accept(grant.id(), ReportKind.INTERIM), "grant.report.refused.already-accepted");
        assertThat(events.stream(GrantReportAccepted.class)).hasSize(1);

        accounts.signInAs(grant.recipient());
        assertThat(reports.open(grant.id(), ReportKind.INTERIM).history()).hasSize(4);
    }

    @Test
    void a_return_needs_a_comment() {
        accounts.signInAs(grant.recipient());
        reports.saveDraft(grant.id(), ReportKind.FINAL, ReportContents.complete());
        reports.submit(grant.id(), ReportKind.FINAL);
        accounts.signInAs(ResultsTestData.ADMIN);
        assertRefused(() -> reports.returnWithComment(grant.id(), ReportKind.FINAL, "   "),
                "grant.report.refused.comment-required");
    }

    @Test
    void nothing_changes_while_the_grant_is_not_active() {
        fixture.setState(grant, "ACCEPTED");
        accounts.signInAs(grant.recipient());
        var report = reports.open(grant.id(), ReportKind.INTERIM);
        assertThat(report.state()).isNull();
        assertThat(report.editable()).isFalse();
        assertRefused(() -> reports.saveDraft(grant.id(), ReportKind.INTERIM, ReportContents.complete()),
                "grant.report.refused.grant-not-active");

        fixture.setState(grant, "ACTIVE");
        reports.saveDraft(grant.id(), ReportKind.INTERIM, ReportContents.complete());
        fixture.setState(grant, "TERMINATED");
        assertRefused(() -> reports.submit(grant.id(), ReportKind.INTERIM), "grant.report.refused.grant-not-active");
    }

    @Test
    void another_recipients_grant_looks_like_no_grant() {
        var stranger = accounts.newApplicant();
        accounts.signInAs(stranger);
        assertRefused(() -> reports.open(grant.id(), ReportKind.INTERIM), GrantReportRefusedException.NOT_FOUND);
        assertRefused(() -> reports.saveDraft(grant.id(), ReportKind.INTERIM, ReportContents.complete()),
                GrantReportRefusedException.NOT_FOUND);
        assertRefused(() -> reports.submit(grant.id(), ReportKind.INTERIM), GrantReportRefusedException.NOT_FOUND);
        assertRefused(() -> reports.open(Long.MAX_VALUE, ReportKind.INTERIM), GrantReportRefusedException.NOT_FOUND);
    }

    @Test
    void the_wrong_role_is_refused_both_ways() {
        accounts.signInAs(grant.recipient());
        reports.saveDraft(grant.id(), ReportKind.INTERIM, ReportContents.complete());
        reports.submit(grant.id(), ReportKind.INTERIM);
        assertThatThrownBy(() -> reports.accept(grant.id(), ReportKind.INTERIM))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.reports(grant.id())).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(accounts.newAccount(Role.JURY, true));
        assertThatThrownBy(() -> reports.returnWithComment(grant.id(), ReportKind.INTERIM, "Жоқ"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.open(grant.id(), ReportKind.INTERIM))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_organisers_administrator_finds_no_grant() {
        var adminA = "admin-a-" + UUID.randomUUID() + "@example.kz";
        SystemTask.run(() -> {
            var organiserA = organisers.create(new OrganiserSpec("rep-" + UUID.randomUUID().toString().substring(0, 8),
                    new LocalizedText("А ұйымы", "Организатор А", "Organiser A"),
                    new LocalizedText("Атырау облысы", "Атырауская область", "Atyrau Region"),
                    "a@example.kz", "+7 712 000 00 00", "Төраға", new LocalizedText("Төраға", "Председатель", "Chair")));
            accountService.create(organiserA.id(), adminA, "password-" + UUID.randomUUID(), "А әкімші",
                    EnumSet.of(Role.ADMIN), Language.KK);
        });
        accounts.signInAs(grant.recipient());
        reports.saveDraft(grant.id(), ReportKind.INTERIM, ReportContents.complete());
        reports.submit(grant.id(), ReportKind.INTERIM);

        accounts.signInAs(adminA);
        assertRefused(() -> reports.reports(grant.id()), GrantReportRefusedException.NOT_FOUND);
        assertRefused(() -> reports.accept(grant.id(), ReportKind.INTERIM), GrantReportRefusedException.NOT_FOUND);
        assertRefused(() -> reports.returnWithComment(grant.id(), ReportKind.INTERIM, "Жоқ"),
                GrantReportRefusedException.NOT_FOUND);
        assertRefused(() -> reports.reports(Long.MAX_VALUE), GrantReportRefusedException.NOT_FOUND);

        accounts.signInAs(ResultsTestData.ADMIN);
        assertThat(reports.reports(grant.id())).extracting(ReportDetails::state)
                .containsExactly(ReportState.SUBMITTED, null);
    }

    @Test
    void photos_are_pictures_by_their_content_and_receipts_name_a_budget_line() {
        accounts.signInAs(grant.recipient());
        reports.open(grant.id(), ReportKind.INTERIM);
        assertThatThrownBy(() -> reports.addPhoto(grant.id(), ReportKind.INTERIM, "surret.png",
                new ByteArrayInputStream(TestFiles.pdf())))
                .isInstanceOfSatisfying(AttachmentRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(AttachmentRejectedException.Reason.TYPE_NOT_ACCEPTED));
        assertThatThrownBy(() -> reports.addReceipt(grant.id(), ReportKind.INTERIM, 0, "chek.pdf",
                new ByteArrayInputStream("MZ not a pdf".getBytes())))
                .isInstanceOf(AttachmentRejectedException.class);
        var photo = reports.addPhoto(grant.id(), ReportKind.INTERIM, "surret.jpg",
                new ByteArrayInputStream(TestFiles.png()));
        assertThat(photo.photo()).isTrue();
        assertThat(photo.name()).as("named by its content").endsWith(".png");
        var file = reports.file(grant.id(), photo.id());
        assertThat(file.mediaType()).isEqualTo("image/png");

        accounts.signInAs(accounts.newApplicant());
        assertRefused(() -> reports.file(grant.id(), photo.id()), GrantReportRefusedException.NOT_FOUND);
        accounts.signInAs(ResultsTestData.ADMIN);
        assertThat(reports.file(grant.id(), photo.id()).bytes()).isNotEmpty();
    }

    @Test
    void the_day_after_the_due_date_an_unsubmitted_report_is_overdue_and_a_submitted_one_is_not() {
        accounts.signInAs(grant.recipient());
        reports.saveDraft(grant.id(), ReportKind.FINAL, ReportContents.complete());
        reports.submit(grant.id(), ReportKind.FINAL);
        assertThat(reports.open(grant.id(), ReportKind.INTERIM).overdue()).isFalse();

        clock.set(GrantReportFixture.INTERIM_DUE.atTime(23, 0).atZone(kz.urpaq.base.domain.Almaty.ZONE).toInstant());
        assertThat(reports.open(grant.id(), ReportKind.INTERIM).overdue()).as("due today").isFalse();
        clock.set(GrantReportFixture.INTERIM_DUE.plusDays(1).atStartOfDay(kz.urpaq.base.domain.Almaty.ZONE)
                .toInstant());
        assertThat(reports.open(grant.id(), ReportKind.INTERIM).overdue()).isTrue();
        clock.set(GrantReportFixture.FINAL_DUE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(reports.open(grant.id(), ReportKind.FINAL).overdue()).as("handed in").isFalse();
    }

    private int auditRows(String action) {
        var count = jdbc.queryForObject("select count(*) from audit_record where subject_id = ? and subject_type = 'grant' "
                + "and action = ?", Integer.class, grant.id(), action);
        return count == null ? 0 : count;
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(kz.urpaq.base.domain.RefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
