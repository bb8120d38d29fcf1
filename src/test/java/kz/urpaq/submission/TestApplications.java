package kz.urpaq.submission;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSpec;
import kz.urpaq.competition.DefaultCriteria;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.submission.attachment.Attachment;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.attachment.AttachmentRepository;
import kz.urpaq.submission.attachment.AttachmentStore;
import kz.urpaq.submission.attachment.FileType;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Applications for tests of other packages too. They belong to competitions of their own, far
 * from the demo competition's deadline, so that no test sees another's drafts there.
 */
public final class TestApplications {

    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final long DEFAULT_MAX_APPLICATION_BYTES = 30L * 1024 * 1024;

    private TestApplications() {
    }

    /** An open competition whose file limits are the given ones. */
    public static long competition(ApplicationContext context, long maxFileBytes, long maxApplicationBytes) {
        var name = new LocalizedText("Файлдар сынағы", "Проверка файлов", "Files test");
        var spec = new CompetitionSpec("ATT-" + UUID.randomUUID().toString().substring(0, 8), 2099, name, name,
                Phase.OPEN, Instant.parse("2099-01-10T04:00:00Z"), Instant.parse("2099-12-10T13:00:00Z"),
                Instant.parse("2099-12-30T13:00:00Z"), 14, 35, 3, 15, GrantPolicy.PLACE_WINNERS, BigDecimal.valueOf(50),
                1_000_000L, Map.of(1, 1_000_000L),
                List.of(new CompetitionSpec.DirectionSpec("science", new LocalizedText("Ғылым", "Наука", "Science"))),
                DefaultCriteria.all());
        var id = SystemTask.run(() -> context.getBean(CompetitionService.class).create(spec)).id();
        context.getBean(JdbcClient.class)
                .sql("update competition set max_file_bytes = :file, max_application_bytes = :total where id = :id")
                .param("file", maxFileBytes)
                .param("total", maxApplicationBytes)
                .param("id", id)
                .update();
        return id;
    }

    public static long competition(ApplicationContext context) {
        return competition(context, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_APPLICATION_BYTES);
    }

    /** A new draft of the account with this e-mail in the competition. */
    public static long draft(ApplicationContext context, long competitionId, String email) {
        var applicantId = SystemTask.run(() -> context.getBean(AccountService.class).findByEmail(email))
                .orElseThrow().id();
        var application = context.getBean(ApplicationRepository.class)
                .save(new Application(competitionId, applicantId, Instant.now()));
        return Objects.requireNonNull(application.getId());
    }

    /** Submits a draft, as if its applicant had. */
    public static void submit(ApplicationContext context, long applicationId) {
        var applications = context.getBean(ApplicationRepository.class);
        var application = applications.findById(applicationId).orElseThrow();
        application.submit("TEST-" + applicationId, Instant.now());
        applications.save(application);
    }

    /** Puts a file into an application directly, past every check: for tests of who may see it. */
    public static long attach(ApplicationContext context, long applicationId, AttachmentKind kind,
                              String originalName, FileType fileType, byte[] content) {
        var storageName = "test-" + UUID.randomUUID();
        try {
            var stored = context.getBean(AttachmentStore.class).put(storageName, new ByteArrayInputStream(content),
                    content.length);
            var attachment = context.getBean(AttachmentRepository.class).save(new Attachment(applicationId, kind,
                    storageName, originalName, fileType, stored.sizeBytes(), stored.sha256(), Instant.now()));
            return Objects.requireNonNull(attachment.getId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A competition open for applications around {@code now}, its deadline ten days later. */
    public static long openCompetition(ApplicationContext context, Instant now) {
        var name = new LocalizedText("Хат сынағы", "Проверка почты", "Mail test");
        var deadline = now.plus(java.time.Duration.ofDays(10));
        var spec = new CompetitionSpec("RCP-" + UUID.randomUUID().toString().substring(0, 8), 2026, name, name,
                Phase.OPEN, now.minus(java.time.Duration.ofDays(5)), deadline, deadline.plus(java.time.Duration.ofDays(20)),
                14, 35, 3, 15, GrantPolicy.PLACE_WINNERS, BigDecimal.valueOf(50), 1_000_000L, Map.of(),
                List.of(new CompetitionSpec.DirectionSpec("science", new LocalizedText("Ғылым", "Наука", "Science"))),
                DefaultCriteria.all());
        return SystemTask.run(() -> context.getBean(CompetitionService.class).create(spec)).id();
    }

    /**
     * A draft of the signed-in applicant that is ready to submit: every field filled through the
     * service, and the three required files put in directly.
     */
    public static long completeDraft(ApplicationContext context, long competitionId) {
        var service = context.getBean(ApplicationService.class);
        var id = service.start(competitionId);
        var direction = SystemTask.run(() -> context.getBean(kz.urpaq.competition.CompetitionSetupService.class).overview(competitionId))
                .directions().getFirst().id();
        service.saveDraft(id, new ApplicationContent(direction, "Ауылдағы робототехника үйірмесі",
                "Мектеп оқушыларына робототехника үйрету.", "Ауылда техникалық үйірме жоқ.",
                "20 оқушыны оқыту.", "Жарысқа 3 команда шығады.", "7–14 жастағы балалар", "Талғар ауданы",
                "https://youtu.be/abc123",
                List.of(new Milestone("Жабдық сатып алу", java.time.LocalDate.of(2027, 3, 1), "")),
                List.of(new TeamMember("Ержан Сәкенов", "Жаттықтырушы", 24)),
                List.of(new BudgetLine("Робототехника жинағы", 4, 150_000L))));
        for (var kind : List.of(AttachmentKind.PROJECT_DESCRIPTION, AttachmentKind.COST_ESTIMATE,
                AttachmentKind.IDENTITY_DOCUMENT)) {
            attach(context, id, kind, "file.pdf", FileType.PDF, "%PDF-1.4 test".getBytes());
        }
        return id;
    }
}
