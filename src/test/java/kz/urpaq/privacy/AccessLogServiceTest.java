package kz.urpaq.privacy;

import kz.urpaq.audit.AccessLogService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.ScreeningService;
import kz.urpaq.submission.TestApplications;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.attachment.AttachmentService;
import kz.urpaq.submission.attachment.FileType;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.MutableClockConfiguration;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import java.io.StringWriter;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The breach report: who read whose personal data in a time window, as CSV (SPEC §15). */
@SpringBootTest
class AccessLogServiceTest {

    @Autowired AccessLogService accessLog;
    @Autowired ScreeningService screening;
    @Autowired AttachmentService attachments;
    @Autowired TestAccounts accounts;
    @Autowired MutableClock clock;
    @Autowired ApplicationContext context;

    @AfterEach
    void tearDown() {
        accounts.signOut();
        clock.set(MutableClockConfiguration.START);
    }

    @Test
    void an_application_opened_and_a_file_downloaded_by_staff_are_listed_with_who_when_and_whose_and_nothing_outside_the_window()
            throws Exception {
        var applicant = accounts.newApplicant();
        var competition = TestApplications.competition(context);
        var application = TestApplications.draft(context, competition, applicant);
        TestApplications.submit(context, application);
        var file = TestApplications.attach(context, application, AttachmentKind.PRESENTATION, "сызба.pdf", FileType.PDF,
                "%PDF-1.4 access".getBytes());
        jdbc.sql("update competition set phase = 'SCREENING' where id = ?").param(competition).update();
        clock.advance(Duration.ofDays(400));
        var start = clock.instant();
        SystemTask.run(() -> screening.content(application));
        SystemTask.run(() -> {
            try (var download = attachments.openForDownload(file).content()) {
                download.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        clock.advance(Duration.ofMinutes(5));

        var csv = new StringWriter();
        SystemTask.run(() -> accessLog.exportCsv(start, clock.instant(), csv));
        var before = new StringWriter();
        SystemTask.run(() -> accessLog.exportCsv(start.minus(Duration.ofDays(1)), start, before));

        var applicantId = jdbcApplicant(application);
        assertThat(csv.toString()).contains("occurred_at,actor_id,actor,action")
                .contains("APPLICATION_READ,application," + application)
                .contains("ATTACHMENT_DOWNLOADED,application," + application)
                .contains("attachment " + file + " of applicant #" + applicantId)
                .contains("system");
        assertThat(before.toString()).doesNotContain("application," + application);
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long jdbcApplicant(long application) {
        return jdbc.sql("select applicant_id from application where id = ?").param(application).query(Long.class).single();
    }

    @Test
    void only_the_platform_administrator_exports_it() {
        accounts.signInAs(accounts.newAccount(kz.urpaq.security.Role.ADMIN, true));

        assertThatThrownBy(() -> accessLog.exportCsv(clock.instant(), clock.instant(), new StringWriter()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
