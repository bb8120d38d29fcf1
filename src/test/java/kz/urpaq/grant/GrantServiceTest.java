package kz.urpaq.grant;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.domain.NoSuchRecordException;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.notification.MailLog;
import kz.urpaq.organiser.OrganiserService;
import kz.urpaq.organiser.OrganiserSpec;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.ResultsTestData;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.Role;
import kz.urpaq.security.StepUp;
import kz.urpaq.security.StepUpRequiredException;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Grants after the award (domain.md §14): offered on the announcement, accepted, countersigned,
 * paid in tranches, completed, declined and offered to the reserve list, terminated — and the
 * refusals: wrong role, wrong state, another recipient's grant, another organiser's, a tranche paid
 * twice, no step-up.
 */
@SpringBootTest
class GrantServiceTest {

    @Autowired GrantService grants;
    @Autowired GrantLookup lookup;
    @Autowired ResultsService results;
    @Autowired CompetitionSetupService setupService;
    @Autowired AccountService accountService;
    @Autowired OrganiserService organisers;
    @Autowired ResultsTestData data;
    @Autowired TestAccounts accounts;
    @Autowired MutableClock clock;
    @Autowired MailLog mails;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    private ReviewFixture.Setup setup;
    private String recipient;
    private List<GrantRow> offered;

    /** Direction 0 ranks three projects; with two places per direction the first two get grants, the third is the reserve. */
    @BeforeEach
    void announced() {
        setup = data.scoredInTwoDirections();
        jdbc.update("update competition set places_per_direction = 2, grant_count = 2 where id = ?", setup.id());
        accounts.signInAs(ResultsTestData.ADMIN);
        recipient = accountService.findAllById(List.of(setup.applicantId())).getFirst().email();
        setupService.moveTo(setup.id(), Phase.DELIBERATION);
        results.finalise(setup.id());
        setupService.moveTo(setup.id(), Phase.ANNOUNCED);
        offered = grants.register(setup.id());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void the_announcement_offers_each_grant_recipient_a_grant_with_the_default_tranches() {
        assertThat(offered).hasSize(2).allSatisfy(row -> {
            assertThat(row.grant().state()).isEqualTo(GrantState.OFFERED);
            assertThat(row.grant().amount()).isEqualByComparingTo(BigDecimal.valueOf(setup.competition().grantAmountTenge()));
            assertThat(row.agreement()).isEqualTo(AgreementState.UNSIGNED);
            assertThat(row.tranches()).extracting(TrancheLine::percent).containsExactly(70, 30);
            assertThat(row.tranches()).extracting(TrancheLine::dueOn)
                    .containsExactly(TrancheTrigger.COUNTERSIGNED, TrancheTrigger.INTERIM_ACCEPTED);
            assertThat(row.tranches()).extracting(TrancheLine::state).containsOnly(TrancheState.PLANNED);
            assertThat(row.tranches().stream().map(TrancheLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(row.grant().amount());
        });
        assertThat(grants.offerToRecipients(setup.id())).as("a second click offers nothing twice").isZero();
    }

    @Test
    void accepted_online_countersigned_paid_and_completed_with_every_signature_naming_the_pdf_signed() {
        long id = offered.getFirst().grant().id();
        accounts.signInAs(recipient);
        assertThat(lookup.recipientsGrant(id)).isPresent();
        var accepted = grants.accept(id, null);
        assertThat(accepted.grant().state()).isEqualTo(GrantState.ACCEPTED);
        var pdf = grants.agreementPdf(id);

        accounts.signInAs(ResultsTestData.ADMIN);
        assertThat(grants.agreementPdf(id)).as("the kept bytes, the same for both").isEqualTo(pdf);
        var active = grants.countersign(id);
        assertThat(active.grant().state()).isEqualTo(GrantState.ACTIVE);
        assertThat(active.agreement()).isEqualTo(AgreementState.COUNTERSIGNED);
        assertThat(active.signatures()).extracting(SignatureLine::method)
                .containsExactly(SignatureMethod.ONLINE, SignatureMethod.COUNTERSIGN);
        assertThat(active.signatures()).extracting(SignatureLine::sha256).containsOnly(GrantService.sha256(pdf));
        assertThat(active.tranches()).extracting(TrancheLine::state).containsExactly(TrancheState.DUE, TrancheState.PLANNED);

        var first = active.tranches().getFirst().id();
        var today = LocalDate.of(2026, 11, 25);
        var paid = grants.recordPayment(first, today, "ПП № 1021");
        assertThat(paid.tranches().getFirst().state()).isEqualTo(TrancheState.PAID);
        assertThat(paid.tranches().getFirst().paymentReference()).isEqualTo("ПП № 1021");
        assertRefused(() -> grants.recordPayment(first, today, "ПП № 1022"), "grant.refused.tranche-paid");
        var second = paid.tranches().get(1).id();
        assertRefused(() -> grants.recordPayment(second, today, "ПП № 1023"), "grant.refused.tranche-not-due");

        transactions.executeWithoutResult(s -> events.publishEvent(new GrantReportAccepted(id, ReportKind.INTERIM)));
        assertThat(grants.grant(id).tranches().get(1).state()).isEqualTo(TrancheState.DUE);
        transactions.executeWithoutResult(s -> events.publishEvent(new GrantReportAccepted(id, ReportKind.FINAL)));
        assertThat(grants.grant(id).grant().state()).isEqualTo(GrantState.COMPLETED);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where subject_type = 'grant' and subject_id = ?",
                Long.class, id)).as("offered, accepted, countersigned, due, paid, due, completed").isGreaterThanOrEqualTo(7);
    }

    @Test
    void a_signed_scan_accepts_the_grant_and_a_file_that_is_no_document_is_refused() {
        long id = offered.getFirst().grant().id();
        accounts.signInAs(recipient);
        var pdf = grants.agreementPdf(id);
        assertThatThrownBy(() -> grants.uploadSignedScan(id, "signed.pdf",
                new ByteArrayInputStream("not a pdf".getBytes())))
                .isInstanceOf(kz.urpaq.submission.attachment.AttachmentRejectedException.class);
        var row = grants.uploadSignedScan(id, "signed.pdf", new ByteArrayInputStream(pdf));
        assertThat(row.grant().state()).isEqualTo(GrantState.ACCEPTED);
        assertThat(row.signatures()).singleElement().satisfies(s -> {
            assertThat(s.method()).isEqualTo(SignatureMethod.SCAN);
            assertThat(s.sha256()).isEqualTo(GrantService.sha256(pdf));
        });
    }

    @Test
    void a_recipient_under_18_accepts_and_the_grant_waits_for_the_guardians_link() {
        long id = offered.getFirst().grant().id();
        jdbc.update("update applicant_profile set birth_date = ? where account_id = ?",
                LocalDate.of(2010, 6, 1), setup.applicantId());
        accounts.signInAs(recipient);
        assertThatThrownBy(() -> grants.accept(id, ""))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        e -> assertThat(e.refusal().field()).isEqualTo(GrantService.FIELD_GUARDIAN_EMAIL));
        var row = grants.accept(id, "guardian-" + UUID.randomUUID() + "@example.kz");
        assertThat(row.grant().state()).as("the guardian has not confirmed").isEqualTo(GrantState.OFFERED);
        assertRefused(() -> grants.accept(id, null), "grant.refused.awaiting-guardian");

        var mail = mails.to(jdbc.queryForObject("select guardian_email from grant_guardian_request where grant_id = ?",
                String.class, id)).getLast();
        var matcher = Pattern.compile("/grant-guardian/([A-Za-z0-9_-]+)").matcher(mail.body());
        assertThat(matcher.find()).as(mail.body()).isTrue();
        var token = matcher.group(1);
        accounts.signOut();
        assertThat(grants.guardianRequest(token)).hasValueSatisfying(r -> assertThat(r.recipientName()).isNotBlank());
        grants.confirmByGuardian(token, "Ата-анасы Тест");
        assertThat(grants.guardianRequest(token)).as("the link works once").isEmpty();
        accounts.signInAs(recipient);
        assertThat(grants.grant(id).grant().state()).isEqualTo(GrantState.ACCEPTED);
        assertThat(grants.grant(id).signatures()).extracting(SignatureLine::method)
                .containsExactly(SignatureMethod.ONLINE, SignatureMethod.GUARDIAN);
    }

    @Test
    void a_declined_grant_is_offered_to_the_next_project_of_the_direction_once() {
        long id = offered.getFirst().grant().id();
        accounts.signInAs(recipient);
        assertThatThrownBy(() -> grants.decline(id, " ")).isInstanceOf(InputRefusedException.class);
        var declined = grants.decline(id, "Оқуға шетелге кетемін");
        assertThat(declined.grant().state()).isEqualTo(GrantState.DECLINED);
        assertThat(declined.reason()).isEqualTo("Оқуға шетелге кетемін");
        assertRefused(() -> grants.accept(id, null), "grant.refused.wrong-state");

        accounts.signInAs(ResultsTestData.ADMIN);
        var reserve = grants.reserveFor(id).orElseThrow();
        assertThat(reserve.position()).isEqualTo(3);
        assertThat(grants.register(setup.id()).getFirst().reserveAvailable()).isTrue();
        var replacement = grants.offerToReserve(id, "Келесі жоба рейтинг бойынша");
        assertThat(replacement.grant().applicationId()).isEqualTo(reserve.applicationId());
        assertThat(replacement.replacesGrantId()).isEqualTo(id);
        assertThat(replacement.grant().state()).isEqualTo(GrantState.OFFERED);
        assertRefused(() -> grants.offerToReserve(id, "Тағы бір рет ұсыну"), "grant.refused.no-reserve");
        assertRefused(() -> grants.offerToReserve(offered.get(1).grant().id(), "Ұсынылған грант"),
                "grant.refused.wrong-state");
    }

    @Test
    void terminating_asks_for_a_reason_and_a_fresh_password() {
        long id = offered.get(1).grant().id();
        clock.advance(StepUp.FRESHNESS.plusSeconds(1));
        assertThatThrownBy(() -> grants.terminate(id, "Жоба жүзеге асырылмайды"))
                .isInstanceOf(StepUpRequiredException.class);
        clock.advance(StepUp.FRESHNESS.negated().minusSeconds(1));
        assertThatThrownBy(() -> grants.terminate(id, "")).isInstanceOf(InputRefusedException.class);
        var terminated = grants.terminate(id, "Жоба жүзеге асырылмайды");
        assertThat(terminated.grant().state()).isEqualTo(GrantState.TERMINATED);
        assertRefused(() -> grants.terminate(id, "Тағы бір рет тоқтату"), "grant.refused.wrong-state");
        assertRefused(() -> grants.countersign(id), "grant.refused.wrong-state");
    }

    @Test
    void accepting_without_a_fresh_password_is_refused() {
        long id = offered.getFirst().grant().id();
        accounts.signInAs(recipient);
        clock.advance(StepUp.FRESHNESS.plusSeconds(1));
        try {
            assertThatThrownBy(() -> grants.accept(id, null)).isInstanceOf(StepUpRequiredException.class);
        } finally {
            clock.advance(StepUp.FRESHNESS.negated().minusSeconds(1));
        }
        accounts.signInAs(ResultsTestData.ADMIN);
        assertThat(grants.grant(id).grant().state()).isEqualTo(GrantState.OFFERED);
    }

    @Test
    void wrong_roles_wrong_states_and_others_grants_are_refused() {
        long id = offered.getFirst().grant().id();
        long tranche = offered.getFirst().tranches().getFirst().id();
        assertRefused(() -> grants.countersign(id), "grant.refused.wrong-state");
        assertRefused(() -> grants.recordPayment(tranche, LocalDate.of(2026, 11, 25), "ПП 1"),
                "grant.refused.tranche-not-due");
        assertThatThrownBy(() -> grants.accept(id, null)).as("an administrator does not accept")
                .isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(recipient);
        assertThatThrownBy(() -> grants.countersign(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grants.register(setup.id())).isInstanceOf(AccessDeniedException.class);

        accounts.signInAs(accounts.newApplicant());
        assertThat(grants.myGrants()).isEmpty();
        assertThat(lookup.recipientsGrant(id)).isEmpty();
        for (var call : List.<Runnable>of(() -> grants.accept(id, null), () -> grants.decline(id, "Басқа біреудің гранты"),
                () -> grants.agreementPdf(id), () -> grants.grant(id),
                () -> grants.uploadSignedScan(id, "a.pdf", new ByteArrayInputStream(new byte[0])))) {
            assertNotFound(call);
        }

        accounts.signInAs(adminOfAnotherOrganiser());
        assertThat(lookup.administeredGrant(id)).isEmpty();
        for (var call : List.<Runnable>of(() -> grants.countersign(id), () -> grants.terminate(id, "Басқа ұйымдастырушы"),
                () -> grants.recordPayment(tranche, LocalDate.of(2026, 11, 25), "ПП 1"), () -> grants.agreementPdf(id),
                () -> grants.reserveFor(id), () -> grants.offerToReserve(id, "Басқа ұйымдастырушы"),
                () -> grants.grant(id), () -> grants.recordPayment(Long.MAX_VALUE, LocalDate.of(2026, 11, 25), "x"))) {
            assertNotFound(call);
        }
        assertThatThrownBy(() -> grants.register(setup.id())).isInstanceOf(NoSuchRecordException.class);
    }

    @Test
    void the_register_exports_as_csv_with_a_bom_and_defused_formulas_and_as_xlsx() throws Exception {
        long id = offered.getFirst().grant().id();
        jdbc.update("update project_grant set project_title = '=HYPERLINK(\"http://x\")' where id = ?", id);
        var csv = new java.io.ByteArrayOutputStream();
        grants.registerCsv(setup.id(), csv);
        var text = csv.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeffgrant_id,application_id,recipient,project,amount,state,agreement,");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\"", ",OFFERED,UNSIGNED,");
        assertThat(text.lines()).hasSize(3);
        var xlsx = new java.io.ByteArrayOutputStream();
        grants.registerXlsx(setup.id(), java.util.Locale.of("ru"), xlsx);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Получатель");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    private String adminOfAnotherOrganiser() {
        return SystemTask.run(() -> {
            var other = organisers.create(new OrganiserSpec("grant-" + UUID.randomUUID().toString().substring(0, 8),
                    new LocalizedText("Б ұйымы", "Организатор Б", "Organiser B"),
                    new LocalizedText("Атырау облысы", "Атырауская область", "Atyrau Region"),
                    "b@example.kz", "+7 712 000 00 00", "Төраға", new LocalizedText("Төраға", "Председатель", "Chair")));
            var email = "admin-b-" + UUID.randomUUID() + "@example.kz";
            accountService.create(other.id(), email, "password-" + UUID.randomUUID(), "Б әкімші", EnumSet.of(Role.ADMIN),
                    Language.KK);
            return email;
        });
    }

    private static void assertNotFound(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(NoSuchRecordException.class,
                e -> assertThat(e.messageKey()).isEqualTo(GrantRefusedException.NOT_FOUND));
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(GrantRefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
