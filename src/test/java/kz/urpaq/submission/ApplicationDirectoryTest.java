package kz.urpaq.submission;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSpec;
import kz.urpaq.competition.DefaultCriteria;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ApplicationDirectoryTest {

    @Autowired
    ApplicationDirectory directory;

    @Autowired
    CompetitionService competitionService;

    @Autowired
    AccountService accountService;

    @Autowired
    EligibleApplications testApplications;

    @Autowired
    TestAccounts accounts;

    @Test
    void eligible_applications_and_every_applicant_of_a_competition_are_listed_for_administrators_only() {
        var now = Instant.now();
        var competition = SystemTask.run(() -> competitionService.create(new CompetitionSpec(
                "AD-" + UUID.randomUUID().toString().substring(0, 8), 2026,
                new LocalizedText("Тізім", "Список", "List"), new LocalizedText("Облыс", "Область", "Region"),
                Phase.SCREENING, now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(20)), 14, 35, 3, 15, GrantPolicy.PLACE_WINNERS, BigDecimal.valueOf(50),
                1_000_000L, Map.of(), List.of(new CompetitionSpec.DirectionSpec("it",
                        new LocalizedText("АТ", "ИТ", "IT"))), DefaultCriteria.all())));
        long direction = competition.directions().getFirst().id();
        var applicantEmail = accounts.newApplicant();
        long applicant = SystemTask.run(() -> accountService.findByEmail(applicantEmail)).orElseThrow().id();
        var drafterEmail = accounts.newApplicant();
        long drafter = SystemTask.run(() -> accountService.findByEmail(drafterEmail)).orElseThrow().id();
        var eligible = testApplications.eligible(competition.id(), direction, applicant, 2);
        long submitted = testApplications.save(competition.id(), direction, applicant, ApplicationStatus.SUBMITTED);
        testApplications.save(competition.id(), direction, drafter, ApplicationStatus.DRAFT);

        var listed = SystemTask.run(() -> directory.eligible(competition.id()));

        assertThat(listed).extracting(ApplicationRef::applicationId).containsExactlyElementsOf(eligible);
        assertThat(listed).allSatisfy(ref -> {
            assertThat(ref.directionId()).isEqualTo(direction);
            assertThat(ref.applicantId()).isEqualTo(applicant);
            assertThat(ref.referenceNumber()).isNotBlank();
            assertThat(ref.status()).isEqualTo(ApplicationStatus.ELIGIBLE);
        });
        assertThat(SystemTask.run(() -> directory.applicantIds(competition.id()))).containsExactlyInAnyOrder(applicant,
                drafter);
        assertThat(SystemTask.run(() -> directory.find(submitted))).get()
                .extracting(ApplicationRef::status).isEqualTo(ApplicationStatus.SUBMITTED);

        accounts.signInAs(applicantEmail);
        try {
            assertThatThrownBy(() -> directory.eligible(competition.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> directory.applicantIds(competition.id()))
                    .isInstanceOf(AccessDeniedException.class);
        } finally {
            accounts.signOut();
        }
    }
}
