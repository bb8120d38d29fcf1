package kz.urpaq.certificate.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.certificate.CertificateKind;
import kz.urpaq.certificate.CertificateService;
import kz.urpaq.certificate.CertificateSummary;
import kz.urpaq.certificate.CertificateTestData;
import kz.urpaq.certificate.VerificationCodes;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class CertificateViewsTest extends SpringBrowserlessTest {

    /** An applicant kept across runs (the database may be shared): assertions look only at new certificates. */
    static final String HOLDER = "certificate.holder@example.kz";

    @Autowired
    CertificateService service;

    @Autowired
    CertificateTestData data;

    @Autowired
    AccountService accounts;

    @Autowired
    kz.urpaq.testing.TestAccounts testAccounts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void holderExists() {
        SystemTask.run(() -> {
            if (accounts.findByEmail(HOLDER).isEmpty()) {
                var created = accounts.create(HOLDER, "password-" + UUID.randomUUID(), "Әсел Қуанышқызы Жұмабекова",
                        EnumSet.of(Role.APPLICANT), Language.KK);
                accounts.markEmailConfirmed(created.id());
            }
        });
        testAccounts.acceptPrivacyNoticeAs(HOLDER);
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    @WithAnonymousUser
    void the_verification_page_shows_valid_revoked_and_the_same_not_found_for_unknown_and_malformed_codes() {
        var announced = data.announced();
        var grant = SystemTask.run(() -> {
            service.issueNow(announced.competitionId());
            return service.list(announced.competitionId()).stream()
                    .filter(c -> c.kind() == CertificateKind.GRANT_CERTIFICATE).findFirst().orElseThrow();
        });
        var code = CertificateTestData.code(SystemTask.run(() -> service.pdf(grant.id())).bytes());

        navigate("verify/" + code, Component.class);
        assertThat(getCurrentView()).isInstanceOf(VerifyView.class);
        assertThat($(Div.class).id("verify-status").getElement().getTextRecursively()).isEqualTo("Сертификат жарамды");
        assertThat($(Span.class).id("verify-holder").getText()).isEqualTo(grant.holderName());
        assertThat($(Span.class).id("verify-serial").getText()).isEqualTo(grant.serial());
        assertThat($(Span.class).id("verify-award").getText()).isEqualTo("1\u00a0000\u00a0000\u00a0₸ грант");
        assertThat($(Span.class).id("verify-issued").getText()).isEqualTo("25.11.2026");
        assertThat(pageText()).doesNotContain("@").doesNotContain("Жоба");

        SystemTask.run(() -> service.revoke(grant.id(), "Қате басылған"));
        navigate("verify/" + code, Component.class);
        assertThat($(Div.class).id("verify-status").getElement().getTextRecursively()).isEqualTo("Сертификат 25.11.2026 бастап кері қайтарылған");
        assertThat(pageText()).doesNotContain("Қате басылған");

        navigate("verify/" + VerificationCodes.next(), Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        var unknown = pageText();
        navigate("verify/not-a-code", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        assertThat(pageText()).isEqualTo(unknown);
        navigate("verify/" + "A".repeat(300), Component.class);
        assertThat(pageText()).isEqualTo(unknown);
        navigate("verify/" + code + "/x", Component.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        assertThat(pageText()).isEqualTo(unknown);
    }

    @Test
    @WithUserDetails(value = ResultsTestData.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void an_administrator_issues_with_a_progress_bar_and_revokes_with_a_reason() throws InterruptedException {
        var scored = data.inReview();
        navigate("admin/competitions/" + scored.competitionId() + "/certificates", Component.class);
        assertThat($(Paragraph.class).id("certificates-not-announced").isVisible()).isTrue();
        assertThat($(Button.class).id("issue-certificates").isEnabled()).isFalse();

        var announced = data.announced();
        navigate("admin/competitions/" + announced.competitionId() + "/certificates", Component.class);
        var view = $(CertificatesAdminView.class).single();
        @SuppressWarnings("unchecked")
        Grid<CertificateSummary> grid = $(Grid.class).id("certificates");
        assertThat(test(grid).size()).isZero();
        assertThat($(Anchor.class).id("certificates-zip").getHref()).isNotBlank();

        test($(Button.class).id("issue-certificates")).click();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(CertificatesAdminView.POLL_MILLIS);
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!service.progress(announced.competitionId()).orElseThrow().finished()
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        view.poll();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(test(grid).size()).isEqualTo(CertificateTestData.DUE);
        assertThat($(Span.class).id("count-place_diploma").getText()).isEqualTo("Диплом: 3");
        assertThat($(Span.class).id("issue-progress-text").getText()).contains("12");

        var first = test(grid).getRow(0);
        view.revoke(first);
        test($(Button.class).id("confirm-revoke")).click();
        assertThat($(TextArea.class).id("revoke-reason").isInvalid()).isTrue();
        test($(TextArea.class).id("revoke-reason")).setValue("Аты-жөні қате басылған");
        test($(Button.class).id("confirm-revoke")).click();
        assertThat(service.list(announced.competitionId())).filteredOn(c -> c.id() == first.id()).singleElement()
                .satisfies(c -> assertThat(c.revoked()).isTrue());
        assertThat(view.status(test(grid).getRow(0))).startsWith("25.11.2026 бастап кері қайтарылған");

        view.reissue(test(grid).getRow(0)); // what the revoked row's button does
        assertThat(test(grid).size()).isEqualTo(CertificateTestData.DUE + 1);
        assertThat(service.validCounts(announced.competitionId()).values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(CertificateTestData.DUE);
    }

    @Test
    @WithUserDetails(value = HOLDER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void an_applicant_sees_their_certificates_with_download_links() {
        var announced = SystemTask.run(() -> data.announced(HOLDER));
        var mine = SystemTask.run(() -> {
            service.issueNow(announced.competitionId());
            return service.list(announced.competitionId()).stream()
                    .filter(c -> c.holderName().equals("Әсел Қуанышқызы Жұмабекова")).toList();
        });
        assertThat(mine).hasSize(6);

        navigate("certificates", Component.class);
        assertThat(getCurrentView()).isInstanceOf(MyCertificatesView.class);
        for (var certificate : mine) {
            var card = $(Div.class).id("certificate-" + certificate.serial());
            assertThat(card.getElement().getTextRecursively()).contains(certificate.serial(), "Сараптама сынағы");
            assertThat(card.getChildren().filter(Anchor.class::isInstance)).hasSize(1);
        }
    }

    @Test
    @WithUserDetails(value = ResultsTestData.ADMIN, setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_failed_batch_says_so_with_its_error_and_a_stalled_one_can_be_resumed() throws InterruptedException {
        var announced = data.announced();
        long id = announced.competitionId();
        jdbc.update("""
                insert into certificate_batch (competition_id, state, total, done, issued, failed, started_at,
                    started_by, finished_at, lease_until, claim, last_error)
                values (?, 'FAILED', 12, 12, 10, 2, ?, ?, ?, ?, 'gone', 'DataIntegrityViolationException: serial')""",
                id, java.sql.Timestamp.from(java.time.Instant.parse("2026-11-25T05:00:00Z")), ResultsTestData.ADMIN,
                java.sql.Timestamp.from(java.time.Instant.parse("2026-11-25T05:01:00Z")),
                java.sql.Timestamp.from(java.time.Instant.now()));
        navigate("admin/competitions/" + id + "/certificates", Component.class);
        var text = $(Span.class).id("issue-progress-text");
        assertThat(text.getText()).isEqualTo("Қателермен аяқталды: жаңадан берілгені 10, берілмегені 2. Соңғы қате: "
                + "DataIntegrityViolationException: serial. Жетіспейтіндерін қайта беру үшін «Сертификаттарды беру» "
                + "түймесін басыңыз.");
        assertThat(text.getElement().getAttribute("data-state")).isEqualTo("failed");
        assertThat(text.getClassNames()).contains("warning");
        assertThat($(Span.class).id("issue-batch").getText())
                .isEqualTo("Басталды: 25.11.2026 10:00, бастаған: " + ResultsTestData.ADMIN + "; аяқталды: 25.11.2026 10:01");
        assertThat($(Button.class).id("issue-certificates").isEnabled()).isTrue();

        // A batch whose instance stopped: shown as stalled, and the same button resumes it here.
        jdbc.update("""
                insert into certificate_batch (competition_id, running_competition_id, state, total, done, issued,
                    failed, started_at, started_by, lease_until, claim)
                values (?, ?, 'RUNNING', 12, 0, 0, 0, ?, ?, ?, 'gone')""", id, id,
                java.sql.Timestamp.from(java.time.Instant.parse("2026-11-25T06:00:00Z")), ResultsTestData.ADMIN,
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)));
        navigate("admin/competitions/" + id + "/certificates", Component.class);
        assertThat($(Span.class).id("issue-progress-text").getElement().getAttribute("data-state")).isEqualTo("stalled");
        assertThat($(Button.class).id("issue-certificates").isEnabled()).isTrue();
        test($(Button.class).id("issue-certificates")).click();
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!service.progress(id).orElseThrow().finished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        var done = service.progress(id).orElseThrow();
        assertThat(done.state()).isEqualTo(kz.urpaq.certificate.BatchState.DONE);
        assertThat(done.resumed()).isEqualTo(1);
        assertThat(service.list(id)).hasSize(CertificateTestData.DUE);
    }
}
