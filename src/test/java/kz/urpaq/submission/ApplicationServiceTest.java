package kz.urpaq.submission;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSpec;
import kz.urpaq.competition.DefaultCriteria;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.notification.MailLog;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.ApplicationRefusedException.Reason;
import kz.urpaq.submission.attachment.Attachment;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.attachment.AttachmentRepository;
import kz.urpaq.submission.attachment.FileType;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.MutableClockConfiguration;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ApplicationServiceTest {

    private static final Instant DEADLINE = MutableClockConfiguration.START.plus(Duration.ofDays(10));

    @Autowired
    ApplicationService applicationService;

    @Autowired
    CompetitionService competitionService;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    AttachmentRepository attachments;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MailLog mailLog;

    @Autowired
    MutableClock clock;

    private CompetitionOverview competition;
    private String applicant;

    @BeforeEach
    void setUp() {
        clock.set(MutableClockConfiguration.START);
        competition = SystemTask.run(() -> competitionService.create(new CompetitionSpec(
                "TU-T" + UUID.randomUUID().toString().substring(0, 6), 2026,
                new LocalizedText("Сынақ", "Тест", "Test"), new LocalizedText("Облыс", "Область", "Region"),
                Phase.OPEN, MutableClockConfiguration.START.minus(Duration.ofDays(5)), DEADLINE,
                DEADLINE.plus(Duration.ofDays(20)), 14, 35, 3, 15, GrantPolicy.PLACE_WINNERS, BigDecimal.valueOf(50),
                1_000_000L, Map.of(), List.of(new CompetitionSpec.DirectionSpec("science",
                        new LocalizedText("Ғылым", "Наука", "Science"))), DefaultCriteria.all())));
        applicant = accounts.newApplicant();
        accounts.signInAs(applicant);
    }

    @AfterEach
    void tearDown() {
        accounts.signOut();
    }

    private ApplicationContent complete() {
        return new ApplicationContent(competition.directions().getFirst().id(), "Ауылдағы робототехника үйірмесі",
                "Мектеп оқушыларына робототехника үйрету.", "Ауылда техникалық үйірме жоқ.",
                "20 оқушыны оқыту.", "Жарысқа 3 команда шығады.", "7–14 жастағы балалар", "Талғар ауданы",
                "https://youtu.be/abc123", List.of(new Milestone("Жабдық сатып алу", LocalDate.of(2027, 3, 1), "")),
                List.of(new TeamMember("Ержан Сәкенов", "Жаттықтырушы", 24)),
                List.of(new BudgetLine("Робототехника жинағы", 4, 150_000L)));
    }

    private long completeDraft() {
        var id = applicationService.start(competition.id());
        applicationService.saveDraft(id, complete());
        for (var kind : List.of(AttachmentKind.PROJECT_DESCRIPTION, AttachmentKind.COST_ESTIMATE,
                AttachmentKind.IDENTITY_DOCUMENT)) {
            attachments.save(new Attachment(id, kind, UUID.randomUUID().toString(), "file.pdf", FileType.PDF, 1000,
                    "0".repeat(64), clock.instant()));
        }
        return id;
    }

    @Test
    void a_draft_keeps_everything_typed() {
        var id = applicationService.start(competition.id());

        applicationService.saveDraft(id, complete());

        var saved = applicationService.get(id);
        assertThat(saved.content()).isEqualTo(complete());
        assertThat(saved.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(saved.content().budgetTotalTenge()).isEqualTo(600_000L);
    }

    @Test
    void one_application_per_applicant_starting_twice_opens_the_same_draft() {
        var first = applicationService.start(competition.id());
        var second = applicationService.start(competition.id());

        assertThat(second).isEqualTo(first);
        assertThat(applicationService.mine()).filteredOn(a -> a.competitionId() == competition.id()).hasSize(1);
    }

    @Test
    void the_checklist_names_every_missing_part_and_blocks_submission() {
        var id = applicationService.start(competition.id());

        assertThat(applicationService.checklist(id)).contains(MissingItem.DIRECTION, MissingItem.TITLE,
                MissingItem.MILESTONES, MissingItem.BUDGET, MissingItem.PROJECT_DESCRIPTION_FILE,
                MissingItem.COST_ESTIMATE_FILE, MissingItem.IDENTITY_DOCUMENT_FILE)
                .doesNotContain(MissingItem.EMAIL_NOT_CONFIRMED);
        assertThatThrownBy(() -> applicationService.submit(id))
                .isInstanceOfSatisfying(ApplicationRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INCOMPLETE));
        assertThat(applicationService.get(id).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void a_budget_over_the_maximum_grant_blocks_submission() {
        var id = completeDraft();
        var content = complete();
        applicationService.saveDraft(id, new ApplicationContent(content.directionId(), content.title(),
                content.summary(), content.relevance(), content.goals(), content.expectedResults(), content.audience(),
                content.place(), content.videoUrl(), content.milestones(), content.team(),
                List.of(new BudgetLine("Ноутбук", 3, 400_000L))));

        assertThat(applicationService.checklist(id)).containsExactly(MissingItem.BUDGET_OVER_MAXIMUM);
    }

    @Test
    void an_unconfirmed_email_blocks_submission() {
        var unconfirmed = accounts.newAccount(Role.APPLICANT, false);
        accounts.signInAs(unconfirmed);
        var id = applicationService.start(competition.id());

        assertThat(applicationService.checklist(id)).contains(MissingItem.EMAIL_NOT_CONFIRMED);
    }

    @Test
    void submitting_gives_a_reference_number_a_receipt_mail_and_a_read_only_application() {
        var id = completeDraft();

        var submitted = applicationService.submit(id);

        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.referenceNumber()).matches(competition.code() + "-\\d{6}");
        assertThat(submitted.editable()).isFalse();
        assertThat(mailLog.to(applicant)).singleElement()
                .satisfies(mail -> assertThat(mail.subject() + mail.body()).contains(submitted.referenceNumber()));
        assertThatThrownBy(() -> applicationService.saveDraft(id, complete()))
                .isInstanceOfSatisfying(ApplicationRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_DRAFT));
    }

    @Test
    void submission_withdrawal_and_reopening_are_audited(@Autowired kz.urpaq.audit.AuditService auditService) {
        var id = completeDraft();
        applicationService.submit(id);
        applicationService.withdraw(id);
        applicationService.reopen(id);

        var entries = SystemTask.run(() -> auditService.search(new kz.urpaq.audit.AuditFilter(null, "application", id,
                null, null, null), org.springframework.data.domain.PageRequest.of(0, 10)));
        assertThat(entries).extracting(kz.urpaq.audit.AuditEntry::action).containsExactly(
                kz.urpaq.audit.AuditAction.APPLICATION_REOPENED, kz.urpaq.audit.AuditAction.APPLICATION_WITHDRAWN,
                kz.urpaq.audit.AuditAction.APPLICATION_SUBMITTED);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.actor()).isEqualTo(applicant));
        assertThat(entries.getLast().before()).isEqualTo("DRAFT");
        assertThat(entries.getLast().after()).isEqualTo("SUBMITTED");
    }

    @Test
    void a_double_submit_creates_one_submission_and_one_receipt() {
        var id = completeDraft();

        var first = applicationService.submit(id);
        var second = applicationService.submit(id);

        assertThat(second.referenceNumber()).isEqualTo(first.referenceNumber());
        assertThat(second.submittedAt()).isEqualTo(first.submittedAt());
        assertThat(mailLog.to(applicant)).hasSize(1);
    }

    @Test
    void a_submit_one_second_after_the_deadline_is_refused_and_the_draft_is_kept() {
        var id = completeDraft();
        clock.set(DEADLINE.plusSeconds(1));

        assertThatThrownBy(() -> applicationService.submit(id))
                .isInstanceOfSatisfying(ApplicationRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DEADLINE_PASSED));
        var kept = applicationService.get(id);
        assertThat(kept.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(kept.content()).isEqualTo(complete());
        assertThat(kept.editable()).isFalse();
        assertThat(mailLog.to(applicant)).isEmpty();
    }

    @Test
    void a_submit_one_second_before_the_deadline_is_accepted() {
        var id = completeDraft();
        clock.set(DEADLINE.minusSeconds(1));

        assertThat(applicationService.submit(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void a_withdrawn_application_can_be_reopened_and_keeps_its_reference_number() {
        var id = completeDraft();
        var reference = applicationService.submit(id).referenceNumber();

        assertThat(applicationService.withdraw(id).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(applicationService.reopen(id).status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(applicationService.submit(id).referenceNumber()).isEqualTo(reference);
    }

    @Test
    void withdrawing_after_the_deadline_is_refused() {
        var id = completeDraft();
        applicationService.submit(id);
        clock.set(DEADLINE);

        assertThatThrownBy(() -> applicationService.withdraw(id)).isInstanceOf(ApplicationRefusedException.class);
        assertThat(applicationService.get(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void another_applicant_can_neither_read_nor_change_nor_submit_my_application() {
        var id = completeDraft();
        var owner = applicant;
        accounts.signInAs(accounts.newApplicant());

        assertThatThrownBy(() -> applicationService.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applicationService.saveDraft(id, ApplicationContent.empty()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applicationService.submit(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> applicationService.withdraw(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(applicationService.mine()).extracting(ApplicationSummary::id).doesNotContain(id);
        accounts.signInAs(owner);
        assertThat(applicationService.get(id).content()).isEqualTo(complete());
    }

    @Test
    void a_juror_cannot_use_the_applicant_service_at_all() {
        var id = completeDraft();
        accounts.signInAs(accounts.newAccount(Role.JURY, true));

        assertThatThrownBy(() -> applicationService.get(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(applicationService::mine).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void text_beyond_the_field_limits_is_refused_and_the_saved_draft_stays() {
        var id = applicationService.start(competition.id());
        applicationService.saveDraft(id, complete());
        var content = complete();
        var tooLong = new ApplicationContent(content.directionId(), "x".repeat(Application.TITLE_MAX_LENGTH + 1),
                content.summary(), content.relevance(), content.goals(), content.expectedResults(), content.audience(),
                content.place(), content.videoUrl(), content.milestones(), content.team(), content.budget());

        assertThatThrownBy(() -> applicationService.saveDraft(id, tooLong))
                .isInstanceOfSatisfying(ApplicationRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LONG));
        assertThat(applicationService.get(id).content().title()).isEqualTo(complete().title());
    }

    @Test
    void more_than_five_team_members_are_refused() {
        var id = applicationService.start(competition.id());
        var content = complete();
        var six = java.util.stream.IntStream.range(0, 6).mapToObj(i -> new TeamMember("Мүше " + i, "", 20)).toList();

        assertThatThrownBy(() -> applicationService.saveDraft(id, new ApplicationContent(content.directionId(),
                content.title(), content.summary(), content.relevance(), content.goals(), content.expectedResults(),
                content.audience(), content.place(), content.videoUrl(), content.milestones(), six, content.budget())))
                .isInstanceOf(ApplicationRefusedException.class);
    }

    @Test
    void a_title_full_of_script_is_kept_as_plain_text() {
        var id = applicationService.start(competition.id());
        var content = complete();
        var script = "<script>alert('x')</script> Жоба";
        applicationService.saveDraft(id, new ApplicationContent(content.directionId(), script, content.summary(),
                content.relevance(), content.goals(), content.expectedResults(), content.audience(), content.place(),
                content.videoUrl(), content.milestones(), content.team(), content.budget()));

        assertThat(applicationService.get(id).content().title()).isEqualTo(script);
    }

    @Test
    void only_web_addresses_count_as_video_links() {
        assertThat(ApplicationService.isWebAddress("https://youtu.be/abc")).isTrue();
        assertThat(ApplicationService.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(ApplicationService.isWebAddress("ftp://example.kz/video")).isFalse();
        assertThat(ApplicationService.isWebAddress("not a link")).isFalse();
    }
}
