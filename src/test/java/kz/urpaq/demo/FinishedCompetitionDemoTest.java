package kz.urpaq.demo;

import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.CompetitionResults;
import kz.urpaq.results.RankedApplication.Rule;
import kz.urpaq.results.ResultsService;
import kz.urpaq.security.SystemTask;
import kz.urpaq.testing.MutableClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class FinishedCompetitionDemoTest {

    @Autowired
    FinishedCompetitionDemo demo;

    @Autowired
    CompetitionService competitions;

    @Autowired
    CompetitionSetupService setup;

    @Autowired
    ResultsService resultsService;

    @Autowired
    Clock clock;

    @Autowired
    kz.urpaq.results.PublicResultsService publicResults;

    @Autowired
    kz.urpaq.certificate.CertificateService certificates;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    kz.urpaq.submission.conversation.ConversationService conversations;

    @Autowired
    kz.urpaq.results.AppealService appeals;

    private long announcedId() {
        return SystemTask.run(() -> competitions.findByCode(FinishedCompetitionDemo.CODE)).orElseThrow().id();
    }

    @Test
    void the_2025_competition_is_announced_with_three_places_per_direction_fifteen_grants_and_one_more_after_an_upheld_appeal() {
        var competition = SystemTask.run(() -> competitions.findByCode(FinishedCompetitionDemo.CODE)).orElseThrow();
        var results = SystemTask.run(() -> resultsService.results(competition.id()));

        assertThat(competition.phase()).isEqualTo(Phase.ANNOUNCED);
        assertThat(competition.title().kk()).isEqualTo("Тәуелсіздік ұрпақтары — 2025");
        assertThat(competition.title().ru()).isEqualTo("Поколения независимости — 2025");
        assertThat(competition.region().kk()).isEqualTo("Алматы облысы");
        assertThat(results.finalised()).isTrue();
        assertThat(results.rows()).hasSize(60).allSatisfy(row -> {
            assertThat(row.computed().fullyReviewed()).isTrue();
            assertThat(row.computed().reviews()).isEqualTo(3);
        });
        assertThat(results.directions()).hasSize(5).allSatisfy(direction -> assertThat(direction.rows()).hasSize(12));
        // the fourth of the first direction appealed (domain.md §13): upheld, a shared third place and a grant
        assertThat(results.directions().getFirst().rows()).extracting(CompetitionResults.Row::finalPlace)
                .filteredOn(p -> p != null).containsExactlyInAnyOrder(1, 2, 3, 3);
        assertThat(results.directions().getFirst().rows().get(3).computed().place()).isNull();
        assertThat(results.directions().subList(1, 5)).allSatisfy(direction -> {
            assertThat(direction.rows()).extracting(CompetitionResults.Row::finalPlace).filteredOn(p -> p != null)
                    .containsExactlyInAnyOrder(1, 2, 3);
            assertThat(direction.rows()).filteredOn(CompetitionResults.Row::finalGrant).hasSize(3);
        });
        assertThat(results.rows()).filteredOn(row -> row.computed().grant()).hasSize(15);
        assertThat(results.rows()).filteredOn(CompetitionResults.Row::finalGrant).hasSize(16);
        assertThat(results.overrides()).hasSize(2).allSatisfy(o -> assertThat(o.reason()).startsWith("appeal #"));
        assertThat(results.snapshot().sha256()).isEqualTo(ResultsService.sha256(results.snapshot().export()));
    }

    @Test
    void the_ranking_shows_a_tie_broken_on_a_criterion_a_disputed_project_and_projects_below_the_minimum() {
        var results = SystemTask.run(() -> resultsService.results(announcedId()));
        var decisions = results.rows().stream().flatMap(r -> r.computed().decisions().stream()).toList();

        assertThat(decisions).anySatisfy(d -> {
            assertThat(d.rule()).isEqualTo(Rule.TIE_BROKEN_ON_CRITERION);
            assertThat(d.detail()).isEqualTo("relevance");
        });
        assertThat(decisions).extracting(d -> d.rule()).contains(Rule.BELOW_MINIMUM_SCORE)
                .doesNotContain(Rule.TIE_BROKEN_ON_SUBMISSION_TIME);
        assertThat(results.rows()).filteredOn(r -> r.computed().varianceFlag()).isNotEmpty();
    }

    @Test
    void applications_were_submitted_at_distinct_instants_in_2025_before_the_deadline() {
        var competition = SystemTask.run(() -> competitions.findByCode(FinishedCompetitionDemo.CODE)).orElseThrow();
        var entries = SystemTask.run(() -> resultsService.input(competition.id())).entries();

        var instants = new HashSet<Instant>();
        entries.forEach(entry -> instants.add(entry.submittedAt()));
        assertThat(instants).hasSize(60).allSatisfy(instant -> assertThat(instant)
                .isAfter(competition.opensAt()).isBefore(competition.submissionDeadline()));
    }

    @Test
    void seeding_an_existing_code_changes_nothing() {
        long id = announcedId();
        var before = SystemTask.run(() -> resultsService.results(id)).snapshot().sha256();

        assertThat(demo.seed(FinishedCompetitionDemo.CODE, 2025, Phase.ANNOUNCED)).isEqualTo(id);
        assertThat(SystemTask.run(() -> resultsService.results(id)).snapshot().sha256()).isEqualTo(before);
    }

    @Test
    void a_competition_stopped_in_deliberation_can_be_finalised_and_announced() {
        var code = "TU-T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        long id = demo.seed(code, 2024, Phase.DELIBERATION);

        assertThat(clock.instant()).isEqualTo(MutableClockConfiguration.START);
        var before = SystemTask.run(() -> resultsService.results(id));
        assertThat(before.phase()).isEqualTo(Phase.DELIBERATION);
        assertThat(before.finalised()).isFalse();
        assertThat(before.fullyReviewed()).isTrue();
        assertThat(before.rows()).hasSize(60);

        var hash = SystemTask.run(() -> resultsService.finalise(id));
        SystemTask.run(() -> setup.setAppeals(id, false, 5));
        SystemTask.run(() -> setup.moveTo(id, Phase.ANNOUNCED));

        var after = SystemTask.run(() -> resultsService.results(id));
        assertThat(after.snapshot().sha256()).isEqualTo(hash);
        assertThat(after.phase()).isEqualTo(Phase.ANNOUNCED);
        assertThat(after.rows()).filteredOn(CompetitionResults.Row::finalGrant).hasSize(15);
    }

    @Test
    void the_2025_competition_has_public_results_and_its_certificates_issued() {
        long id = announcedId();
        var published = publicResults.published(id).orElseThrow();
        assertThat(published.placeCount()).isEqualTo(16);
        assertThat(published.grantsAwarded()).isEqualTo(16);
        assertThat(published.appealsFiled()).isEqualTo(2);
        assertThat(published.appealsUpheld()).isEqualTo(1);
        assertThat(SystemTask.run(() -> resultsService.snapshots(id))).as("finalised, then again after the appeal")
                .hasSize(2);

        var counts = SystemTask.run(() -> certificates.validCounts(id));
        assertThat(counts).containsEntry(kz.urpaq.certificate.CertificateKind.PARTICIPATION_CERTIFICATE, 60L)
                .containsEntry(kz.urpaq.certificate.CertificateKind.GRANT_CERTIFICATE, 16L)
                .containsEntry(kz.urpaq.certificate.CertificateKind.PLACE_DIPLOMA, 16L)
                .containsEntry(kz.urpaq.certificate.CertificateKind.JUROR_LETTER, 15L);
        assertThat(SystemTask.run(() -> certificates.sampleVerificationUrl(id))).hasValueSatisfying(url ->
                assertThat(certificates.verify(url.substring(url.lastIndexOf('/') + 1))).isPresent());
    }

    @Test
    void the_2025_competition_shows_a_conversation_a_revision_and_a_rejected_and_an_upheld_appeal() {
        long id = announcedId();
        var inbox = SystemTask.run(() -> conversations.unanswered(id));
        assertThat(inbox).as("the applicant answered last").singleElement();
        assertThat(jdbc.sql("select count(*) from application_message where competition_id = :id").param("id", id)
                .query(Long.class).single()).isEqualTo(2L);
        assertThat(jdbc.sql("select outcome from revision_request where competition_id = :id").param("id", id)
                .query(String.class).list()).containsExactly("RESUBMITTED");
        assertThat(jdbc.sql("select count(*) from application_version v join application a on a.id = v.application_id "
                + "where a.competition_id = :id and v.number = 2").param("id", id).query(Long.class).single())
                .isEqualTo(1L);
        assertThat(SystemTask.run(() -> appeals.appeals(id))).extracting(kz.urpaq.results.AppealRow::outcome)
                .containsExactlyInAnyOrder("UPHELD", "REJECTED");
    }
}
