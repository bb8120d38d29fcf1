package kz.urpaq.submission;

import kz.urpaq.applicant.District;
import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSpec;
import kz.urpaq.competition.DefaultCriteria;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.notification.Mail;
import kz.urpaq.notification.MailKind;
import kz.urpaq.notification.MailLog;
import kz.urpaq.security.InputRefusedException;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A minor's guardian confirms before the application can be submitted (SPEC §15). */
@SpringBootTest
class GuardianConsentServiceTest {

    private static final Instant DEADLINE = MutableClockConfiguration.START.plus(Duration.ofDays(10));
    /** 16 on the deadline. */
    private static final LocalDate MINOR = LocalDate.of(2010, 6, 1);
    private static final Pattern LINK = Pattern.compile("/guardian-consent/([A-Za-z0-9_-]{43})");

    @Autowired GuardianConsentService guardians;
    @Autowired ApplicationService applicationService;
    @Autowired CompetitionService competitionService;
    @Autowired AttachmentRepository attachments;
    @Autowired GuardianConsentRepository consents;
    @Autowired TestAccounts accounts;
    @Autowired MailLog mailLog;
    @Autowired MutableClock clock;
    @Autowired AuditService audit;

    private CompetitionOverview competition;
    private String guardianEmail;

    @BeforeEach
    void setUp() {
        clock.set(MutableClockConfiguration.START);
        competition = SystemTask.run(() -> competitionService.create(new CompetitionSpec(
                "GC-" + UUID.randomUUID().toString().substring(0, 6), 2026,
                new LocalizedText("Жас сынақ", "Юный тест", "Young test"), new LocalizedText("Облыс", "Область", "Region"),
                Phase.OPEN, MutableClockConfiguration.START.minus(Duration.ofDays(5)), DEADLINE,
                DEADLINE.plus(Duration.ofDays(20)), 14, 35, 3, 15, GrantPolicy.PLACE_WINNERS, BigDecimal.valueOf(50),
                1_000_000L, Map.of(), List.of(new CompetitionSpec.DirectionSpec("science",
                        new LocalizedText("Ғылым", "Наука", "Science"))), DefaultCriteria.all())));
        guardianEmail = "parent-" + UUID.randomUUID() + "@example.kz";
    }

    @AfterEach
    void tearDown() {
        accounts.signOut();
        clock.set(MutableClockConfiguration.START);
    }

    /** A visitor, as the guardian opening the mailed link is. */
    private static void anonymous() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    private String applicantBornOn(LocalDate birthDate) {
        var email = accounts.newApplicant(District.TALGAR, birthDate);
        accounts.signInAs(email);
        return email;
    }

    private long completeDraft() {
        var id = applicationService.start(competition.id());
        applicationService.saveDraft(id, new ApplicationContent(competition.directions().getFirst().id(),
                "Ауылдағы робототехника үйірмесі", "Мектеп оқушыларына робототехника үйрету.",
                "Ауылда техникалық үйірме жоқ.", "20 оқушыны оқыту.", "Жарысқа 3 команда шығады.",
                "7–14 жастағы балалар", "Талғар ауданы", "https://youtu.be/abc123",
                List.of(new Milestone("Жабдық сатып алу", LocalDate.of(2027, 3, 1), "")),
                List.of(new TeamMember("Ержан Сәкенов", "Жаттықтырушы", 24)),
                List.of(new BudgetLine("Робототехника жинағы", 4, 150_000L))));
        for (var kind : List.of(AttachmentKind.PROJECT_DESCRIPTION, AttachmentKind.COST_ESTIMATE,
                AttachmentKind.IDENTITY_DOCUMENT)) {
            attachments.save(new Attachment(id, kind, UUID.randomUUID().toString(), "file.pdf", FileType.PDF, 1000,
                    "0".repeat(64), clock.instant()));
        }
        return id;
    }

    private String lastToken() {
        Mail mail = mailLog.to(guardianEmail).getLast();
        var matcher = LINK.matcher(mail.body());
        assertThat(matcher.find()).as(mail.body()).isTrue();
        return matcher.group(1);
    }

    @Test
    void a_minor_writes_a_draft_cannot_submit_and_submits_once_the_guardian_confirmed_through_the_mailed_link() {
        var applicant = applicantBornOn(MINOR);
        var id = completeDraft();
        assertThat(guardians.status(id).blocksSubmission()).isTrue();

        assertThatThrownBy(() -> applicationService.submit(id))
                .isInstanceOfSatisfying(ApplicationRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Reason.GUARDIAN_NOT_CONFIRMED));

        var status = guardians.request(id, guardianEmail);
        assertThat(status.guardianEmail()).isEqualTo(guardianEmail);
        var mail = mailLog.to(guardianEmail).getLast();
        assertThat(mail.kind()).isEqualTo(MailKind.GUARDIAN_CONSENT);
        assertThat(mail.body()).contains("Тест Қатысушы").contains("Жас сынақ");
        var token = lastToken();
        assertThatThrownBy(() -> applicationService.submit(id)).isInstanceOf(ApplicationRefusedException.class);

        anonymous();
        var request = guardians.pending(token).orElseThrow();
        assertThat(request.applicantName()).isEqualTo("Тест Қатысушы");
        assertThat(request.competitionTitle().kk()).isEqualTo("Жас сынақ");
        clock.advance(Duration.ofHours(2));
        guardians.confirm(token, "Сәуле Ахметова");

        var row = consents.findByApplicationId(id).orElseThrow();
        assertThat(row.getConfirmedAt()).isEqualTo(clock.instant());
        assertThat(row.getGuardianName()).isEqualTo("Сәуле Ахметова");
        assertThat(row.getConfirmedBy()).isEqualTo("link");
        accounts.signInAs(applicant);
        assertThat(guardians.status(id).confirmed()).isTrue();
        assertThat(applicationService.submit(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(SystemTask.run(() -> audit.search(new AuditFilter(AuditAction.GUARDIAN_CONSENT_CONFIRMED,
                "application", id, null, null, null), PageRequest.of(0, 10)))).singleElement()
                .satisfies(entry -> assertThat(entry.details()).contains(guardianEmail));
    }

    @Test
    void the_guardian_link_works_once() {
        var applicant = applicantBornOn(MINOR);
        var id = completeDraft();
        guardians.request(id, guardianEmail);
        var token = lastToken();
        anonymous();

        guardians.confirm(token, "Сәуле Ахметова");

        assertThat(guardians.pending(token)).isEmpty();
        assertThatThrownBy(() -> guardians.confirm(token, "Басқа Біреу"))
                .isInstanceOf(GuardianRefusedException.class).hasMessage("guardian.refused.link-invalid");
        assertThat(consents.findByApplicationId(id).orElseThrow().getGuardianName()).isEqualTo("Сәуле Ахметова");
        accounts.signInAs(applicant);
        assertThatThrownBy(() -> guardians.request(id, guardianEmail))
                .isInstanceOf(GuardianRefusedException.class).hasMessage("guardian.refused.already-confirmed");
    }

    @Test
    void send_again_mails_a_new_link_and_the_old_one_stops_working_but_not_within_a_minute() {
        applicantBornOn(MINOR);
        var id = completeDraft();
        guardians.request(id, guardianEmail);
        var first = lastToken();

        assertThatThrownBy(() -> guardians.request(id, guardianEmail))
                .isInstanceOf(GuardianRefusedException.class).hasMessage("guardian.refused.too-soon");
        clock.advance(GuardianConsentService.RESEND_PAUSE);
        guardians.request(id, guardianEmail);
        var second = lastToken();

        assertThat(second).isNotEqualTo(first);
        assertThat(guardians.pending(first)).isEmpty();
        assertThat(guardians.pending(second)).isPresent();
        assertThat(mailLog.to(guardianEmail)).hasSize(2);
    }

    @Test
    void a_link_older_than_its_validity_does_not_work() {
        applicantBornOn(MINOR);
        var id = completeDraft();
        guardians.request(id, guardianEmail);
        var token = lastToken();
        anonymous();

        clock.advance(GuardianConsentService.LINK_VALIDITY);

        assertThat(guardians.pending(token)).isEmpty();
        assertThatThrownBy(() -> guardians.confirm(token, "Сәуле Ахметова")).isInstanceOf(GuardianRefusedException.class);
        assertThat(consents.findByApplicationId(id).orElseThrow().isConfirmed()).isFalse();
    }

    @Test
    void someone_who_is_17_today_but_18_on_the_deadline_needs_no_guardian() {
        applicantBornOn(DEADLINE.atZone(java.time.ZoneId.of("Asia/Almaty")).toLocalDate().minusYears(18).minusDays(1));
        var id = completeDraft();

        assertThat(guardians.status(id).required()).isFalse();
        assertThatThrownBy(() -> guardians.request(id, guardianEmail))
                .isInstanceOf(GuardianRefusedException.class).hasMessage("guardian.refused.not-needed");
        assertThat(applicationService.submit(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void the_guardian_address_must_be_an_address_and_not_the_applicants_own() {
        var applicant = applicantBornOn(MINOR);
        var id = completeDraft();

        assertThatThrownBy(() -> guardians.request(id, "not an address"))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        refused -> assertThat(refused.refusal().field()).isEqualTo("guardian-email"));
        assertThatThrownBy(() -> guardians.request(id, applicant.toUpperCase()))
                .isInstanceOfSatisfying(InputRefusedException.class,
                        refused -> assertThat(refused.refusal().messageKey()).isEqualTo("guardian.refused.own-email"));
        assertThat(mailLog.to(applicant).stream().filter(mail -> mail.kind() == MailKind.GUARDIAN_CONSENT)).isEmpty();
    }

    @Test
    void nobody_asks_or_reads_the_consent_of_another_applicants_application() {
        applicantBornOn(MINOR);
        var id = completeDraft();
        accounts.signInAs(accounts.newApplicant(District.TALGAR, MINOR));

        assertThatThrownBy(() -> guardians.status(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> guardians.request(id, guardianEmail)).isInstanceOf(AccessDeniedException.class);
        assertThat(mailLog.to(guardianEmail)).isEmpty();
    }
}
