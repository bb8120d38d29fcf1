package kz.urpaq.certificate;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class CertificateServiceTest {

    @Autowired
    CertificateService service;

    @Autowired
    CertificateTestData data;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        accounts.signOut();
    }

    private static void signInAnonymously() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    private CertificateSummary one(long competitionId, CertificateKind kind) {
        return service.list(competitionId).stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void issuing_is_refused_before_the_announcement_and_to_anyone_but_administrators() {
        var scored = data.inReview();
        accounts.signInAs(ResultsTestData.ADMIN);
        assertThatThrownBy(() -> service.issueNow(scored.competitionId()))
                .isInstanceOfSatisfying(CertificateRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(CertificateRefusedException.WRONG_PHASE));
        assertThatThrownBy(() -> service.startIssuing(scored.competitionId()))
                .isInstanceOf(CertificateRefusedException.class);
        assertThat(service.list(scored.competitionId())).isEmpty();

        var announced = data.announced();
        signInAnonymously();
        assertThatThrownBy(() -> service.issueNow(announced.competitionId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.startIssuing(announced.competitionId()))
                .isInstanceOf(AccessDeniedException.class);
        accounts.signInAs(announced.applicantA());
        assertThatThrownBy(() -> service.issueNow(announced.competitionId())).isInstanceOf(AccessDeniedException.class);
        accounts.signInAs(announced.jurors().getFirst().email());
        assertThatThrownBy(() -> service.list(announced.competitionId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void issuing_twice_adds_nothing_and_a_rerun_adds_only_what_is_missing() {
        var announced = data.announced();
        long id = announced.competitionId();
        accounts.signInAs(ResultsTestData.ADMIN);

        var first = service.issueNow(id);
        assertThat(first.issued()).isEqualTo(CertificateTestData.DUE);
        assertThat(first.failed()).isZero();
        assertThat(first.finished()).isTrue();
        var issued = service.list(id);
        assertThat(issued).hasSize(CertificateTestData.DUE);
        assertThat(service.validCounts(id)).containsEntry(CertificateKind.PLACE_DIPLOMA, 3L)
                .containsEntry(CertificateKind.GRANT_CERTIFICATE, 3L)
                .containsEntry(CertificateKind.PARTICIPATION_CERTIFICATE, 3L)
                .containsEntry(CertificateKind.JUROR_LETTER, 3L);
        assertThat(issued).extracting(CertificateSummary::serial)
                .allMatch(s -> s.matches("RV[0-9A-F]{4,8}-2026-[DGPJ]-000[1-3]"));
        assertThat(issued).filteredOn(c -> c.kind() == CertificateKind.PLACE_DIPLOMA)
                .extracting(CertificateSummary::place).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(fixture.auditRows(id, AuditAction.CERTIFICATE_ISSUED.name())).isEqualTo(CertificateTestData.DUE);

        var second = service.issueNow(id);
        assertThat(second.issued()).isZero();
        assertThat(second.total()).isZero();
        assertThat(service.list(id)).hasSize(CertificateTestData.DUE);

        var letter = one(id, CertificateKind.JUROR_LETTER);
        jdbc.update("delete from certificate_document where certificate_id = ?", letter.id());
        jdbc.update("delete from certificate where id = ?", letter.id());
        var third = service.issueNow(id);
        assertThat(third.issued()).isEqualTo(1);
        var after = service.list(id);
        assertThat(after).hasSize(CertificateTestData.DUE);
        assertThat(after).filteredOn(c -> c.kind() == CertificateKind.JUROR_LETTER)
                .extracting(CertificateSummary::serial).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void issuing_in_the_background_reports_progress_until_finished() throws InterruptedException {
        var announced = data.announced();
        accounts.signInAs(ResultsTestData.ADMIN);
        var started = service.startIssuing(announced.competitionId());
        assertThat(started.competitionId()).isEqualTo(announced.competitionId());
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!service.progress(announced.competitionId()).orElseThrow().finished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        var done = service.progress(announced.competitionId()).orElseThrow();
        assertThat(done.finished()).isTrue();
        assertThat(done.issued()).isEqualTo(CertificateTestData.DUE);
        assertThat(done.fraction()).isEqualTo(1.0);
        assertThat(service.list(announced.competitionId())).hasSize(CertificateTestData.DUE);
        // The audit names the administrator who started the run, not an anonymous thread.
        var actors = jdbc.queryForList("select distinct actor from audit_record where competition_id = ? and action = ?",
                String.class, announced.competitionId(), AuditAction.CERTIFICATE_ISSUED.name());
        assertThat(actors).containsExactly(ResultsTestData.ADMIN);
    }

    @Test
    void applicants_and_jurors_see_and_download_only_their_own() {
        var announced = data.announced();
        long id = announced.competitionId();
        accounts.signInAs(ResultsTestData.ADMIN);
        service.issueNow(id);
        var all = service.list(id);

        accounts.signInAs(announced.applicantA());
        var mineA = service.mine();
        // A: two applications, both with participation, place and grant: six documents.
        assertThat(mineA).hasSize(6).extracting(CertificateSummary::competitionId).containsOnly(id);
        assertThat(service.pdf(mineA.getFirst().id()).bytes()).startsWith("%PDF-".getBytes());

        accounts.signInAs(announced.applicantB());
        var mineB = service.mine();
        assertThat(mineB).hasSize(3);
        assertThatThrownBy(() -> service.pdf(mineA.getFirst().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.pdf(Long.MAX_VALUE)).isInstanceOf(AccessDeniedException.class);

        var juror = announced.jurors().getFirst();
        accounts.signInAs(juror.email());
        var letters = service.mine();
        assertThat(letters).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(CertificateKind.JUROR_LETTER));
        assertThat(service.pdf(letters.getFirst().id()).fileName()).isEqualTo(letters.getFirst().serial() + ".pdf");
        assertThatThrownBy(() -> service.pdf(mineB.getFirst().id())).isInstanceOf(AccessDeniedException.class);

        signInAnonymously();
        assertThatThrownBy(() -> service.pdf(mineB.getFirst().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(service::mine).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(ResultsTestData.ADMIN);
        assertThat(all).allSatisfy(c -> assertThat(service.pdf(c.id()).bytes()).isNotEmpty());
    }

    @Test
    void verification_shows_valid_then_revoked_since_when_and_nothing_for_unknown_or_malformed_codes() {
        var announced = data.announced();
        long id = announced.competitionId();
        accounts.signInAs(ResultsTestData.ADMIN);
        service.issueNow(id);
        accounts.signInAs(announced.applicantA());
        var grant = service.mine().stream().filter(c -> c.kind() == CertificateKind.GRANT_CERTIFICATE).findFirst()
                .orElseThrow();
        var code = CertificateTestData.code(service.pdf(grant.id()).bytes());
        assertThat(VerificationCodes.isWellFormed(code)).isTrue();

        signInAnonymously();
        var valid = service.verify(code).orElseThrow();
        assertThat(valid.valid()).isTrue();
        assertThat(valid.serial()).isEqualTo(grant.serial());
        assertThat(valid.holderName()).isEqualTo(grant.holderName()).isEqualTo("Тест Қатысушы");
        assertThat(valid.grantAmountTenge()).isEqualTo(1_000_000L);
        assertThat(valid.competitionTitle().kk()).isEqualTo("Сараптама сынағы");
        for (var unknown : List.of(VerificationCodes.next(), code.substring(1) + "A", "", "../../etc",
                "x".repeat(2000), code.toLowerCase(), code + " ")) {
            if (!unknown.equals(code)) {
                assertThat(service.verify(unknown)).as(unknown).isEmpty();
            }
        }
        assertThatThrownBy(() -> service.revoke(grant.id(), "x")).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(ResultsTestData.ADMIN);
        assertThatThrownBy(() -> service.revoke(grant.id(), "   "))
                .isInstanceOfSatisfying(CertificateRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(CertificateRefusedException.REASON_REQUIRED));
        assertThatThrownBy(() -> service.revoke(grant.id(), "x".repeat(CertificateService.REASON_MAX_LENGTH + 1)))
                .isInstanceOfSatisfying(CertificateRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(CertificateRefusedException.REASON_TOO_LONG));
        var revoked = service.revoke(grant.id(), "Қате басылған аты-жөні");
        assertThat(revoked.revoked()).isTrue();
        assertThatThrownBy(() -> service.revoke(grant.id(), "Тағы"))
                .isInstanceOfSatisfying(CertificateRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(CertificateRefusedException.ALREADY_REVOKED));
        assertThat(fixture.auditRows(id, AuditAction.CERTIFICATE_REVOKED.name())).isEqualTo(1);

        assertThat(service.issueNow(id).issued()).as("a run never replaces a revoked certificate").isZero();
        assertThatThrownBy(() -> service.reissue(one(id, CertificateKind.JUROR_LETTER).id()))
                .isInstanceOfSatisfying(CertificateRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(CertificateRefusedException.NOT_REVOKED));
        var fresh = service.reissue(grant.id());
        assertThat(fresh.serial()).isNotEqualTo(grant.serial()).endsWith("-G-0004");
        assertThat(fresh.grantAmountTenge()).isEqualTo(grant.grantAmountTenge());
        assertThat(fresh.revoked()).isFalse();
        assertThatThrownBy(() -> service.reissue(grant.id()))
                .isInstanceOfSatisfying(CertificateRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(CertificateRefusedException.ALREADY_REISSUED));
        var freshCode = CertificateTestData.code(service.pdf(fresh.id()).bytes());

        signInAnonymously();
        assertThat(service.verify(freshCode)).hasValueSatisfying(v -> assertThat(v.valid()).isTrue());
        var afterRevoke = service.verify(code).orElseThrow();
        assertThat(afterRevoke.valid()).isFalse();
        assertThat(afterRevoke.revokedAt()).isEqualTo(revoked.revokedAt());

        accounts.signInAs(announced.applicantA());
        assertThat(service.mine()).filteredOn(c -> c.id() == grant.id()).singleElement()
                .satisfies(c -> assertThat(c.revoked()).isTrue());
        assertThat(service.mine()).extracting(CertificateSummary::id).contains(fresh.id());
        assertThatThrownBy(() -> service.pdf(grant.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_zip_holds_one_pdf_per_valid_certificate_named_by_serial() throws IOException {
        var announced = data.announced();
        long id = announced.competitionId();
        accounts.signInAs(ResultsTestData.ADMIN);
        service.issueNow(id);
        var all = service.list(id);

        assertThat(zipEntries(id)).containsExactlyInAnyOrderElementsOf(
                all.stream().map(c -> c.serial() + ".pdf").toList());

        var url = service.sampleVerificationUrl(id).orElseThrow();
        assertThat(url).matches("https?://.+/verify/[A-Za-z0-9_-]{22}");
        assertThat(service.verify(url.substring(url.lastIndexOf('/') + 1))).isPresent();

        service.revoke(all.getFirst().id(), "Қайталанған құжат");
        assertThat(zipEntries(id)).hasSize(all.size() - 1).doesNotContain(all.getFirst().serial() + ".pdf");
    }

    private List<String> zipEntries(long competitionId) throws IOException {
        var bytes = new ByteArrayOutputStream();
        service.writeZip(competitionId, bytes);
        var names = new ArrayList<String>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                assertThat(zip.readAllBytes()).startsWith("%PDF-".getBytes());
            }
        }
        return names;
    }

    @Test
    void serial_prefixes_come_from_the_competition_code_without_its_year() {
        assertThat(CertificateService.serialPrefix("TU-2026", 2026)).isEqualTo("TU");
        assertThat(CertificateService.serialPrefix("TU-2026-2", 2026)).isEqualTo("TU2");
        assertThat(CertificateService.serialPrefix("ТУ-2026", 2026)).isEqualTo("C2026");
        assertThat(CertificateKind.PLACE_DIPLOMA.serial(CertificateService.serialPrefix("TU-2026", 2026), 2026, 7))
                .isEqualTo("TU-2026-D-0007");
    }
}
