package kz.urpaq.submission;

import kz.urpaq.applicant.District;
import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.competition.CompetitionRefusedException;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.notification.MailLog;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ScreeningServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ScreeningService screening;

    @Autowired
    ApplicationRepository applications;

    @Autowired
    CompetitionService competitions;

    @Autowired
    CompetitionSetupService setup;

    @Autowired
    AuditService auditService;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MailLog mailLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private long competitionId;
    private final List<Long> submitted = new ArrayList<>();
    private final List<String> emails = new ArrayList<>();

    @BeforeEach
    void submittedApplicationsInScreening() {
        competitionId = TestApplications.competition(context);
        var directionId = SystemTask.run(() -> competitions.findById(competitionId)).orElseThrow()
                .directions().getFirst().id();
        for (var title : List.of("Жасыл аула", "Робототехника үйірмесі", "Ауыл газеті")) {
            var email = accounts.newApplicant();
            var id = TestApplications.draft(context, competitionId, email);
            transactions.executeWithoutResult(status -> {
                var application = applications.findById(id).orElseThrow();
                application.edit(new ApplicationContent(directionId, title, "", "", "", "", "", "", "", List.of(),
                        List.of(), List.of()), Instant.now());
                applications.save(application);
            });
            TestApplications.submit(context, id);
            submitted.add(id);
            emails.add(email);
        }
        jdbc.sql("update competition set phase = 'SCREENING' where id = :id").param("id", competitionId).update();
    }

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void the_list_holds_the_submitted_applications_and_filters_by_title_and_status() {
        assertThat(screening.search(competitionId, ScreeningFilter.none(), 0, 50))
                .extracting(ScreeningRow::applicationId).containsExactlyElementsOf(submitted);
        assertThat(screening.search(competitionId, new ScreeningFilter(null, null, null, null, null, "робот"), 0, 50))
                .extracting(ScreeningRow::title).containsExactly("Робототехника үйірмесі");
        // The test competition's deadline lies in 2099: applicants born in 2004 are 94 or 95 on it.
        assertThat(screening.search(competitionId, new ScreeningFilter(null, District.TALGAR, null, 94, 96, null), 0,
                50)).hasSize(3).allSatisfy(row -> assertThat(row.ageOnDeadline()).isBetween(94, 95));
        assertThat(screening.search(competitionId, new ScreeningFilter(null, null, null, 14, 35, null), 0, 50))
                .isEmpty();
        assertThat(screening.search(competitionId, new ScreeningFilter(null, District.KONAEV, null, null, null, null),
                0, 50)).isEmpty();
    }

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void marking_ineligible_needs_a_reason_which_the_applicant_reads_in_a_mail() {
        var id = submitted.getFirst();

        assertThatThrownBy(() -> screening.decide(id, false, "  "))
                .isInstanceOfSatisfying(ScreeningRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screening.refused.reason-required"));
        screening.decide(id, false, "Бюджет сметасы жоқ");

        var application = applications.findById(id).orElseThrow();
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(application.getScreeningReason()).isEqualTo("Бюджет сметасы жоқ");
        assertThat(mailLog.to(emails.getFirst())).anySatisfy(mail -> assertThat(mail.body())
                .contains("Бюджет сметасы жоқ"));
        assertThat(screening.search(competitionId,
                new ScreeningFilter(null, null, ApplicationStatus.INELIGIBLE, null, null, null), 0, 10))
                .extracting(ScreeningRow::applicationId).containsExactly(id);
    }

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_selection_is_marked_eligible_at_once_and_every_decision_is_audited() {
        assertThat(screening.decideAll(submitted, true, "")).isEqualTo(3);

        assertThat(submitted).allSatisfy(id -> assertThat(applications.findById(id).orElseThrow().getStatus())
                .isEqualTo(ApplicationStatus.ELIGIBLE));
        var audited = auditService.search(new AuditFilter(AuditAction.ELIGIBILITY_DECIDED, "application",
                submitted.get(1), null, null, null), PageRequest.of(0, 5));
        assertThat(audited).singleElement().satisfies(entry -> {
            assertThat(entry.before()).isEqualTo("SUBMITTED");
            assertThat(entry.after()).isEqualTo("ELIGIBLE");
        });
    }

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void review_cannot_start_while_applications_wait_for_screening() {
        assertThatThrownBy(() -> setup.moveTo(competitionId, Phase.REVIEW))
                .isInstanceOfSatisfying(CompetitionRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("competition.refused.screening-not-done");
                    assertThat(e.arguments()).containsExactly(3L);
                });
        screening.decideAll(submitted, true, "");

        assertThat(setup.moveTo(competitionId, Phase.REVIEW).phase()).isEqualTo(Phase.REVIEW);
    }

    @Test
    @WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void decisions_are_refused_outside_the_screening_phase() {
        jdbc.sql("update competition set phase = 'OPEN' where id = :id").param("id", competitionId).update();

        assertThatThrownBy(() -> screening.decide(submitted.getFirst(), true, ""))
                .isInstanceOfSatisfying(ScreeningRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("screening.refused.phase"));
    }

    @Test
    @WithMockUser(roles = {"APPLICANT", "JURY"})
    void applicants_and_jurors_cannot_screen() {
        assertThatThrownBy(() -> screening.search(competitionId, ScreeningFilter.none(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> screening.decide(submitted.getFirst(), true, ""))
                .isInstanceOf(AccessDeniedException.class);
    }
}
