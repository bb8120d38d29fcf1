package kz.urpaq.organiser;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.demo.FinishedCompetitionDemo;
import kz.urpaq.security.Role;
import kz.urpaq.security.StepUp;
import kz.urpaq.security.StepUpRequiredException;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Organisers (docs/domain.md §17): who may make them, what is checked, what is audited. */
@SpringBootTest
class OrganiserServiceTest {

    @Autowired
    OrganiserService organisers;

    @Autowired
    CompetitionService competitions;

    @Autowired
    AuditService audit;

    @Autowired
    kz.urpaq.competition.CompetitionSetupService setup;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        testAccounts.signOut();
    }

    private static OrganiserSpec national(String code) {
        return new OrganiserSpec(code,
                new LocalizedText("ҚР Мәдениет және ақпарат министрлігі Жастар саясаты комитеті",
                        "Комитет по делам молодёжи Министерства культуры и информации РК",
                        "Youth Affairs Committee of the Ministry of Culture and Information"),
                new LocalizedText("Қазақстан", "Казахстан", "Kazakhstan"), "youth@example.kz", "+7 7172 00 00 00",
                "Айгүл Нұрланова", new LocalizedText("Комитет төрайымы", "Председатель комитета", "Chair"));
    }

    @Test
    void every_competition_made_before_organisers_belongs_to_the_default_one_which_anyone_may_read() {
        var defaultId = organisers.defaultOrganiserId();
        var finished = SystemTask.run(() -> competitions.findByCode(FinishedCompetitionDemo.CODE)).orElseThrow();
        assertThat(finished.organiserId()).isEqualTo(defaultId);
        assertThat(organisers.find(defaultId).code()).isEqualTo(OrganiserService.DEFAULT_CODE);
        assertThat(organisers.all()).extracting(OrganiserSummary::code).contains(OrganiserService.DEFAULT_CODE);
    }

    @Test
    void a_new_draft_goes_to_its_makers_organiser_and_a_copy_stays_with_its_source_s_organiser() {
        testAccounts.signInAs(testAccounts.newAccount(Role.ADMIN, true));
        assertThat(setup.overview(setup.createDraft(2031)).organiserId()).isEqualTo(organisers.defaultOrganiserId());
        assertThat(competitions.findByCode("TU-2026-RK")).as("the national round is not the region's").isEmpty();

        testAccounts.signInAs("national.admin@urpaq.local");
        var national = competitions.findByCode("TU-2026-RK").orElseThrow();
        assertThat(national.organiserId()).isNotEqualTo(organisers.defaultOrganiserId());
        assertThat(setup.overview(setup.copy(national.id())).organiserId()).isEqualTo(national.organiserId());
        assertThat(setup.overview(setup.createDraft(2032)).organiserId()).isEqualTo(national.organiserId());
    }

    @Test
    void the_platform_administrator_makes_an_organiser_after_step_up_and_it_is_audited() {
        var code = "national-" + UUID.randomUUID().toString().substring(0, 8);
        testAccounts.signInAs(testAccounts.newAccount(Role.PLATFORM, true));
        clock.advance(StepUp.FRESHNESS.plusSeconds(1));
        assertThatThrownBy(() -> organisers.create(national(code))).isInstanceOf(StepUpRequiredException.class);
        assertThat(organisers.all()).extracting(OrganiserSummary::code).doesNotContain(code);

        clock.advance(StepUp.FRESHNESS.negated().minusSeconds(1));
        var made = organisers.create(national(code));
        assertThat(organisers.find(made.id()).name().ru()).startsWith("Комитет по делам молодёжи");
        var records = SystemTask.run(() -> audit.search(new AuditFilter(AuditAction.ORGANISER_CREATED, "organiser",
                made.id(), null, null, null), PageRequest.of(0, 5)));
        assertThat(records).singleElement().satisfies(entry -> assertThat(entry.after()).isEqualTo(code));

        assertThatThrownBy(() -> organisers.create(national(code))).isInstanceOfSatisfying(
                OrganiserRefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo(OrganiserRefusedException.CODE_TAKEN));
    }

    @Test
    void a_bad_code_or_a_missing_signatory_is_refused_and_nobody_else_makes_organisers() {
        testAccounts.signInAs(testAccounts.newAccount(Role.PLATFORM, true));
        var good = national("n-" + UUID.randomUUID().toString().substring(0, 8));
        for (var spec : new OrganiserSpec[]{
                new OrganiserSpec("Bad Code <script>", good.name(), good.region(), good.contactEmail(),
                        good.contactPhone(), good.signatoryName(), good.signatoryPosition()),
                new OrganiserSpec(good.code(), good.name(), good.region(), good.contactEmail(), good.contactPhone(),
                        " ", good.signatoryPosition())}) {
            assertThatThrownBy(() -> organisers.create(spec)).isInstanceOf(OrganiserRefusedException.class);
        }
        testAccounts.signInAs(testAccounts.newAccount(Role.JURY, true));
        assertThatThrownBy(() -> organisers.create(good)).isInstanceOf(AccessDeniedException.class);
        testAccounts.signInAs(testAccounts.newAccount(Role.ADMIN, true));
        assertThatThrownBy(() -> organisers.create(good)).as("an organiser's administrator makes no organisers")
                .isInstanceOf(AccessDeniedException.class);
        testAccounts.signOut();
        assertThatThrownBy(() -> organisers.create(good)).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
