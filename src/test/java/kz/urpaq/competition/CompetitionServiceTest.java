package kz.urpaq.competition;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionSpec.CriterionSpec;
import kz.urpaq.competition.CompetitionSpec.DirectionSpec;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
class CompetitionServiceTest {

    private static final Instant OPENS = Instant.parse("2027-01-10T04:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2027-02-10T13:00:00Z");
    private static final Instant REVIEW = Instant.parse("2027-03-01T13:00:00Z");

    @Autowired
    CompetitionService competitionService;

    @Autowired
    kz.urpaq.organiser.OrganiserService organisers;

    @Autowired
    kz.urpaq.testing.MutableClock clock;

    static CompetitionSpec spec(Phase phase, List<CriterionSpec> criteria) {
        return new CompetitionSpec("TEST-" + UUID.randomUUID().toString().substring(0, 8), 2027,
                new LocalizedText("Сынақ конкурсы", "Тестовый конкурс", "Test competition"),
                new LocalizedText("Абай облысы", "Абайская область", "Abai Region"),
                phase, OPENS, DEADLINE, REVIEW, 14, 29, 3, 15, GrantPolicy.PLACE_WINNERS, BigDecimal.valueOf(50),
                3_000_000L, Map.of(1, 3_000_000L),
                List.of(new DirectionSpec("science", new LocalizedText("Ғылым", "Наука", "Science")),
                        new DirectionSpec("volunteering",
                                new LocalizedText("Еріктілік", "Волонтёрство", "Volunteering"))),
                criteria);
    }

    @Test
    void a_competition_has_a_public_page_by_its_code_unless_it_is_a_draft_and_belongs_to_the_default_organiser() {
        var open = SystemTask.run(() -> competitionService.create(spec(Phase.OPEN, DefaultCriteria.all())));
        var draft = SystemTask.run(() -> competitionService.create(spec(Phase.DRAFT, DefaultCriteria.all())));

        assertThat(competitionService.findPublicByCode(open.code())).hasValueSatisfying(
                found -> assertThat(found.id()).isEqualTo(open.id()));
        assertThat(competitionService.findPublicByCode(draft.code())).isEmpty();
        assertThat(competitionService.findPublicByCode("NO-SUCH-" + UUID.randomUUID())).isEmpty();
        assertThat(open.organiserId()).isEqualTo(organisers.defaultOrganiserId());
    }

    @Test
    void every_round_taking_applications_now_is_listed_with_the_nearest_deadline_first() {
        clock.set(OPENS.plusSeconds(3600));
        var later = SystemTask.run(() -> competitionService.create(spec(Phase.OPEN, DefaultCriteria.all())));
        var draft = SystemTask.run(() -> competitionService.create(spec(Phase.DRAFT, DefaultCriteria.all())));

        var open = competitionService.acceptingSubmissions();
        assertThat(open).extracting(CompetitionOverview::code).contains(later.code()).doesNotContain(draft.code());
        assertThat(open).extracting(CompetitionOverview::submissionDeadline).isSorted();
        clock.set(DEADLINE);
        assertThat(competitionService.acceptingSubmissions()).extracting(CompetitionOverview::code)
                .doesNotContain(later.code());
    }

    @Test
    void a_complete_competition_is_stored_with_every_setting() {
        var created = competitionService.create(spec(Phase.OPEN, DefaultCriteria.all()));
        var loaded = competitionService.findByCode(created.code()).orElseThrow();

        assertThat(loaded.phase()).isEqualTo(Phase.OPEN);
        assertThat(loaded.opensAt()).isEqualTo(OPENS);
        assertThat(loaded.submissionDeadline()).isEqualTo(DEADLINE);
        assertThat(loaded.reviewDeadline()).isEqualTo(REVIEW);
        assertThat(loaded.minAge()).isEqualTo(14);
        assertThat(loaded.maxAge()).isEqualTo(29);
        assertThat(loaded.grantAmountTenge()).isEqualTo(3_000_000L);
        assertThat(loaded.placePrizes()).containsEntry(1, 3_000_000L);
        assertThat(loaded.directions()).extracting(d -> d.name().ru()).containsExactly("Наука", "Волонтёрство");
        assertThat(loaded.criteria()).extracting(CompetitionOverview.CriterionView::code)
                .containsExactly("relevance", "novelty", "feasibility", "impact", "budget");
        assertThat(loaded.criteria()).extracting(CompetitionOverview.CriterionView::weightPercent)
                .containsExactly(25, 20, 20, 20, 15);
    }

    @Test
    void weights_not_summing_to_100_are_refused_for_an_open_competition() {
        var criteria = new ArrayList<>(DefaultCriteria.all());
        criteria.removeLast();

        assertThatThrownBy(() -> competitionService.create(spec(Phase.OPEN, criteria)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("85");
    }

    @Test
    void a_draft_may_be_incomplete_while_it_is_being_set_up() {
        var draft = competitionService.create(spec(Phase.DRAFT, List.of()));

        assertThat(draft.phase()).isEqualTo(Phase.DRAFT);
        assertThat(draft.criteria()).isEmpty();
    }

    @Test
    void drafts_are_never_the_public_current_competition() {
        var draft = competitionService.create(spec(Phase.DRAFT, DefaultCriteria.all()));

        assertThat(competitionService.current()).get().extracting(CompetitionOverview::code).isNotEqualTo(draft.code());
    }

    @Test
    void dates_out_of_order_are_refused() {
        var valid = spec(Phase.DRAFT, List.of());
        var reversed = new CompetitionSpec(valid.code(), valid.year(), valid.title(), valid.region(), valid.phase(),
                DEADLINE, OPENS, REVIEW, 14, 29, 3, 15, GrantPolicy.PLACE_WINNERS, BigDecimal.TEN, 1, Map.of(),
                List.of(), List.of());

        assertThatThrownBy(() -> competitionService.create(reversed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_competition_found_by_id_carries_its_file_limits_with_the_defaults_of_10_and_30_megabytes() {
        var created = competitionService.create(spec(Phase.OPEN, DefaultCriteria.all()));

        var found = competitionService.findById(created.id()).orElseThrow();

        assertThat(found.maxFileBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(found.maxApplicationBytes()).isEqualTo(30L * 1024 * 1024);
    }

    @Test
    @WithMockUser(roles = "APPLICANT")
    void an_applicant_may_look_up_a_public_competition_by_id_but_not_a_draft() {
        var open = SystemTask.run(() -> competitionService.create(spec(Phase.OPEN, DefaultCriteria.all())));
        var draft = SystemTask.run(() -> competitionService.create(spec(Phase.DRAFT, List.of())));

        assertThat(competitionService.findById(open.id())).isPresent();
        assertThat(competitionService.findById(draft.id())).as("a draft is nobody's business but its organiser's")
                .isEmpty();
    }
}
