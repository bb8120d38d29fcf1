package kz.urpaq.certificate;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Certificate batches kept in the database (docs/decisions/022-outbox-and-background-work.md): a batch
 * whose instance stopped halfway is finished by another one or by a click, and every certificate is
 * issued exactly once; a batch that could not issue everything says so.
 */
@SpringBootTest
class CertificateBatchTest {

    @Autowired
    CertificateService service;

    @Autowired
    CertificateTestData data;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CompetitionSetupService setup;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        accounts.signOut();
    }

    /** What happens when the instance working the batch died: nobody renews its lease any more. */
    private void leaseRunsOut(long batchId) {
        jdbc.update("update certificate_batch set lease_until = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), batchId);
    }

    private void assertEachCertificateIssuedOnce(long competitionId) {
        var rows = jdbc.queryForList("select kind, subject_id, count(*) as n from certificate where competition_id = ? "
                + "group by kind, subject_id", competitionId);
        assertThat(rows).hasSize(CertificateTestData.DUE);
        assertThat(rows).allSatisfy(row -> assertThat(((Number) row.get("n")).intValue()).isEqualTo(1));
        assertThat(service.list(competitionId)).extracting(CertificateSummary::serial).doesNotHaveDuplicates()
                .hasSize(CertificateTestData.DUE);
        assertThat(fixture.auditRows(competitionId, AuditAction.CERTIFICATE_ISSUED.name()))
                .isEqualTo(CertificateTestData.DUE);
        assertThat(jdbc.queryForObject("select count(*) from certificate_document d join certificate c "
                + "on c.id = d.certificate_id where c.competition_id = ?", Integer.class, competitionId))
                .isEqualTo(CertificateTestData.DUE);
    }

    @Test
    void a_batch_whose_instance_stopped_halfway_is_finished_by_another_and_issues_each_certificate_once() {
        var announced = data.announced();
        long id = announced.competitionId();
        accounts.signInAs(ResultsTestData.ADMIN);

        var stopped = service.issueNow(id, 5);
        assertThat(stopped.state()).isEqualTo(BatchState.RUNNING);
        assertThat(stopped.issued()).isEqualTo(5);
        assertThat(stopped.total()).isEqualTo(CertificateTestData.DUE);
        assertThat(stopped.stalled()).as("its lease still runs").isFalse();
        assertThat(service.progress(id)).contains(stopped);
        assertThat(SystemTask.run(service::resumeAbandoned)).as("nobody takes over a batch whose lease runs").isZero();

        leaseRunsOut(stopped.batchId());
        assertThat(service.progress(id).orElseThrow().stalled()).isTrue();
        assertThat(SystemTask.run(service::resumeAbandoned)).isEqualTo(1);
        assertThat(SystemTask.run(service::resumeAbandoned)).as("the finished batch is not taken again").isZero();

        var done = service.progress(id).orElseThrow();
        assertThat(done.batchId()).isEqualTo(stopped.batchId());
        assertThat(done.state()).isEqualTo(BatchState.DONE);
        assertThat(done.finished()).isTrue();
        assertThat(done.issued()).isEqualTo(CertificateTestData.DUE);
        assertThat(done.done()).isEqualTo(CertificateTestData.DUE);
        assertThat(done.total()).isEqualTo(CertificateTestData.DUE);
        assertThat(done.failed()).isZero();
        assertThat(done.resumed()).isEqualTo(1);
        assertThat(done.startedBy()).isEqualTo(ResultsTestData.ADMIN);
        assertThat(done.finishedAt()).isNotNull();
        assertEachCertificateIssuedOnce(id);
        // Who issued what: the administrator before the stop, "system" after it.
        var actors = jdbc.queryForList("select actor, count(*) as n from audit_record where competition_id = ? "
                + "and action = ? group by actor", id, AuditAction.CERTIFICATE_ISSUED.name());
        assertThat(actors).extracting(row -> row.get("actor") + "=" + ((Number) row.get("n")).intValue())
                .containsExactlyInAnyOrder(ResultsTestData.ADMIN + "=5", "system=7");

        var again = service.issueNow(id);
        assertThat(again.batchId()).isNotEqualTo(stopped.batchId());
        assertThat(again.issued()).isZero();
        assertThat(again.state()).isEqualTo(BatchState.DONE);
        assertEachCertificateIssuedOnce(id);
    }

    @Test
    void a_stalled_batch_is_resumed_with_one_click_while_a_live_one_is_only_shown() throws InterruptedException {
        var announced = data.announced();
        long id = announced.competitionId();
        accounts.signInAs(ResultsTestData.ADMIN);

        var stopped = service.issueNow(id, 3);
        var shown = service.startIssuing(id);
        assertThat(shown.batchId()).isEqualTo(stopped.batchId());
        assertThat(shown.state()).isEqualTo(BatchState.RUNNING);
        Thread.sleep(300);
        assertThat(service.progress(id).orElseThrow().issued()).as("a live batch is not worked twice").isEqualTo(3);

        leaseRunsOut(stopped.batchId());
        var resumed = service.startIssuing(id);
        assertThat(resumed.batchId()).isEqualTo(stopped.batchId());
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!service.progress(id).orElseThrow().finished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        var done = service.progress(id).orElseThrow();
        assertThat(done.state()).isEqualTo(BatchState.DONE);
        assertThat(done.issued()).isEqualTo(CertificateTestData.DUE);
        assertThat(done.resumed()).isEqualTo(1);
        assertEachCertificateIssuedOnce(id);
    }

    @Test
    void an_instance_that_lost_its_batch_to_another_stops_without_issuing() {
        var announced = data.announced();
        long id = announced.competitionId();
        accounts.signInAs(ResultsTestData.ADMIN);

        var stopped = service.issueNow(id, 4);
        String oldClaim = jdbc.queryForObject("select claim from certificate_batch where id = ?", String.class,
                stopped.batchId());
        leaseRunsOut(stopped.batchId());
        var finished = service.issueNow(id);
        assertThat(finished.batchId()).isEqualTo(stopped.batchId());
        assertThat(finished.state()).isEqualTo(BatchState.DONE);

        // The first instance was only slow, not dead: its next step sees the claim is gone.
        var late = service.work(stopped.batchId(), oldClaim, Integer.MAX_VALUE);
        assertThat(late.issued()).isEqualTo(CertificateTestData.DUE);
        assertEachCertificateIssuedOnce(id);
    }

    @Test
    void a_batch_that_could_not_issue_one_ends_failed_with_its_error_and_the_next_issues_only_that_one() {
        var announced = data.announced();
        long id = announced.competitionId();
        accounts.signInAs(ResultsTestData.ADMIN);
        var competition = setup.overview(id);
        // Another competition already holds the serials the first juror letter would get, on its
        // first try and on the one retry with a fresh number.
        var prefix = CertificateService.serialPrefix(competition.code(), competition.year());
        var taken = List.of(CertificateKind.JUROR_LETTER.serial(prefix, competition.year(), 1),
                CertificateKind.JUROR_LETTER.serial(prefix, competition.year(), 2));
        var other = data.inReview().competitionId();
        for (var serial : taken) {
            jdbc.update("""
                    insert into certificate (competition_id, kind, serial, serial_number, subject_id, valid_subject_id,
                        holder_account_id, holder_name, competition_title_kk, competition_title_ru, competition_title_en,
                        issued_at, issue_date, code_sha256)
                    values (?, 'JUROR_LETTER', ?, 1, ?, ?, ?, 'x', 'x', 'x', 'x', ?, ?, ?)""",
                    other, serial, serial.hashCode(), serial.hashCode(), announced.applicantAId(),
                    Timestamp.from(Instant.now()), java.sql.Date.valueOf("2026-01-01"), CertificateService.sha256(serial));
        }
        try {
            var failed = service.issueNow(id);
            assertThat(failed.state()).isEqualTo(BatchState.FAILED);
            assertThat(failed.finished()).isTrue();
            assertThat(failed.issued()).isEqualTo(CertificateTestData.DUE - 1);
            assertThat(failed.failed()).isEqualTo(1);
            assertThat(failed.failure()).startsWith("DataIntegrityViolationException");
            assertThat(service.progress(id)).contains(failed);
            assertThat(jdbc.queryForObject("select last_error from certificate_batch where id = ?", String.class,
                    failed.batchId())).isEqualTo(failed.failure());
        } finally {
            taken.forEach(serial -> jdbc.update("delete from certificate where serial = ?", serial));
        }

        var next = service.issueNow(id);
        assertThat(next.state()).isEqualTo(BatchState.DONE);
        assertThat(next.issued()).isEqualTo(1);
        assertThat(next.total()).isEqualTo(1);
        assertEachCertificateIssuedOnce(id);
        assertThat(service.validCounts(id)).containsEntry(CertificateKind.JUROR_LETTER, 3L);
    }

    @Test
    void only_administrators_see_batches() {
        var announced = data.announced();
        accounts.signInAs(announced.applicantA());
        assertThatThrownBy(() -> service.progress(announced.competitionId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(service::resumeAbandoned).isInstanceOf(AccessDeniedException.class);
    }
}
