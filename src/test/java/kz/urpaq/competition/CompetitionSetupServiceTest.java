package kz.urpaq.competition;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditEntry;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.submission.TestApplications;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.MutableClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@WithUserDetails(value = "admin@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
class CompetitionSetupServiceTest {

    @Autowired
    CompetitionSetupService setup;

    @Autowired
    AuditService auditService;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    private static final Instant OPENS = MutableClockConfiguration.START.minus(Duration.ofDays(1));
    private static final Instant DEADLINE = MutableClockConfiguration.START.plus(Duration.ofDays(20));
    private static final Instant REVIEW = MutableClockConfiguration.START.plus(Duration.ofDays(40));

    @BeforeEach
    void resetClock() {
        clock.set(MutableClockConfiguration.START);
    }

    private long scheduledDraft() {
        var id = setup.createDraft(2031);
        var settings = setup.settings(id);
        setup.update(id, withDates(settings, OPENS, DEADLINE, REVIEW));
        return id;
    }

    private static CompetitionSettings withDates(CompetitionSettings s, Instant opens, Instant deadline, Instant review) {
        return new CompetitionSettings(s.code(), s.year(), s.title(), s.region(), opens, deadline, review, s.minAge(),
                s.maxAge(), s.oneApplicationPerApplicant(), s.maxFileBytes(), s.maxApplicationBytes(),
                s.reviewersPerApplication(), s.scoreMethod(), s.varianceThreshold(), s.placesPerDirection(),
                s.grantCount(), s.grantPolicy(), s.minimumAwardScore(), s.grantAmountTenge(), s.maxBudgetTenge(),
                s.placePrizes(), s.directions(), s.criteria());
    }

    private static CompetitionSettings withFirstWeight(CompetitionSettings s, int weight) {
        var criteria = new ArrayList<>(s.criteria());
        var first = criteria.getFirst();
        criteria.set(0, new CompetitionSettings.CriterionSettings(first.code(), first.name(), first.description(),
                weight, first.scaleMax(), first.tieBreakOrder()));
        return new CompetitionSettings(s.code(), s.year(), s.title(), s.region(), s.opensAt(), s.submissionDeadline(),
                s.reviewDeadline(), s.minAge(), s.maxAge(), s.oneApplicationPerApplicant(), s.maxFileBytes(),
                s.maxApplicationBytes(), s.reviewersPerApplication(), s.scoreMethod(), s.varianceThreshold(),
                s.placesPerDirection(), s.grantCount(), s.grantPolicy(), s.minimumAwardScore(), s.grantAmountTenge(),
                s.maxBudgetTenge(), s.placePrizes(), s.directions(), criteria);
    }

    @Test
    void a_new_draft_has_the_default_directions_and_criteria_and_no_dates() {
        var id = setup.createDraft(2030);

        var settings = setup.settings(id);
        assertThat(settings.directions()).hasSize(5);
        assertThat(settings.criteria()).extracting(CompetitionSettings.CriterionSettings::weightPercent)
                .containsExactly(25, 20, 20, 20, 15);
        assertThat(settings.opensAt()).isNull();
        assertThat(setup.overview(id).phase()).isEqualTo(Phase.DRAFT);
    }

    @Test
    void a_draft_without_dates_cannot_open() {
        var id = setup.createDraft(2030);

        assertThatThrownBy(() -> setup.moveTo(id, Phase.OPEN))
                .isInstanceOfSatisfying(CompetitionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("competition.refused.dates-missing"));
    }

    @Test
    void weights_not_summing_to_100_are_refused_when_opening_and_when_saving_an_open_competition() {
        var id = scheduledDraft();
        setup.update(id, withFirstWeight(setup.settings(id), 30));

        assertThatThrownBy(() -> setup.moveTo(id, Phase.OPEN))
                .isInstanceOfSatisfying(CompetitionRefusedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("competition.refused.weights");
                    assertThat(e.arguments()).containsExactly(105);
                });
        setup.update(id, withFirstWeight(setup.settings(id), 25));
        setup.moveTo(id, Phase.OPEN);
        assertThatThrownBy(() -> setup.update(id, withFirstWeight(setup.settings(id), 20)))
                .isInstanceOf(CompetitionRefusedException.class);
        assertThat(setup.settings(id).criteria().getFirst().weightPercent()).isEqualTo(25);
    }

    @Test
    void phases_move_one_step_at_a_time_and_never_back() {
        var id = scheduledDraft();

        assertThatThrownBy(() -> setup.moveTo(id, Phase.REVIEW)).isInstanceOfSatisfying(
                CompetitionRefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("competition.refused.phase-order"));
        setup.moveTo(id, Phase.OPEN);
        assertThatThrownBy(() -> setup.moveTo(id, Phase.DRAFT)).isInstanceOf(CompetitionRefusedException.class);
        assertThatThrownBy(() -> setup.moveTo(id, Phase.OPEN)).isInstanceOf(CompetitionRefusedException.class);
    }

    @Test
    void screening_cannot_start_before_the_submission_deadline() {
        var id = scheduledDraft();
        setup.moveTo(id, Phase.OPEN);

        assertThatThrownBy(() -> setup.moveTo(id, Phase.SCREENING)).isInstanceOfSatisfying(
                CompetitionRefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("competition.refused.deadline-not-reached"));
        clock.set(DEADLINE);
        assertThat(setup.moveTo(id, Phase.SCREENING).phase()).isEqualTo(Phase.SCREENING);
    }

    @Test
    void an_open_competition_s_submission_deadline_cannot_move_earlier_and_the_refusal_counts_the_drafts() {
        var id = TestApplications.competition(context);
        TestApplications.draft(context, id, "aruzhan@urpaq.local");
        TestApplications.draft(context, id, "daniyar@urpaq.local");
        TestApplications.submit(context, TestApplications.draft(context, id, "tomiris@urpaq.local"));
        var settings = setup.settings(id);
        var deadline = settings.submissionDeadline();

        for (var earlier : List.of(deadline.minus(Duration.ofDays(3)), clock.instant().minus(Duration.ofDays(1)))) {
            assertThatThrownBy(() -> setup.update(id, withDates(settings, clock.instant().minus(Duration.ofDays(30)),
                    earlier, settings.reviewDeadline())))
                    .isInstanceOfSatisfying(CompetitionRefusedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("competition.refused.deadline-earlier");
                        assertThat(e.arguments()).containsExactly(Almaty.dateTime(deadline), 2L);
                    });
        }
        assertThat(setup.settings(id).submissionDeadline()).isEqualTo(deadline);
    }

    @Test
    void an_open_competition_s_submission_deadline_may_be_extended() {
        var id = TestApplications.competition(context);
        TestApplications.draft(context, id, "aruzhan@urpaq.local");
        var settings = setup.settings(id);
        var later = settings.submissionDeadline().plus(Duration.ofDays(2));

        setup.update(id, withDates(settings, settings.opensAt(), later, settings.reviewDeadline()));

        assertThat(setup.settings(id).submissionDeadline()).isEqualTo(later);
    }

    @Test
    void a_draft_competition_s_submission_deadline_may_move_either_way() {
        var id = scheduledDraft();

        setup.update(id, withDates(setup.settings(id), OPENS, DEADLINE.minus(Duration.ofDays(5)), REVIEW));

        assertThat(setup.settings(id).submissionDeadline()).isEqualTo(DEADLINE.minus(Duration.ofDays(5)));
    }

    @Test
    void results_deciding_settings_are_locked_once_review_starts_but_texts_stay_editable() {
        var id = scheduledDraft();
        setup.moveTo(id, Phase.OPEN);
        clock.set(DEADLINE);
        setup.moveTo(id, Phase.SCREENING);
        setup.moveTo(id, Phase.REVIEW);
        var settings = setup.settings(id);

        assertThatThrownBy(() -> setup.update(id, withFirstWeight(withFirstWeightSwap(settings), 25)))
                .isInstanceOfSatisfying(CompetitionRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("competition.refused.locked"));
        var renamed = new CompetitionSettings(settings.code(), settings.year(),
                new kz.urpaq.base.domain.LocalizedText("Жаңа атау", "Новое название", "New title"), settings.region(),
                settings.opensAt(), settings.submissionDeadline(), settings.reviewDeadline(), settings.minAge(),
                settings.maxAge(), settings.oneApplicationPerApplicant(), settings.maxFileBytes(),
                settings.maxApplicationBytes(), settings.reviewersPerApplication(), settings.scoreMethod(),
                settings.varianceThreshold(), settings.placesPerDirection(), settings.grantCount(),
                settings.grantPolicy(), settings.minimumAwardScore(), settings.grantAmountTenge(),
                settings.maxBudgetTenge(), settings.placePrizes(), settings.directions(), settings.criteria());
        assertThat(setup.update(id, renamed).title().en()).isEqualTo("New title");
    }

    private static CompetitionSettings withFirstWeightSwap(CompetitionSettings s) {
        var criteria = new ArrayList<>(s.criteria());
        var first = criteria.get(0);
        var second = criteria.get(1);
        criteria.set(0, new CompetitionSettings.CriterionSettings(first.code(), first.name(), first.description(),
                first.weightPercent() - 5, first.scaleMax(), first.tieBreakOrder()));
        criteria.set(1, new CompetitionSettings.CriterionSettings(second.code(), second.name(), second.description(),
                second.weightPercent() + 5, second.scaleMax(), second.tieBreakOrder()));
        return new CompetitionSettings(s.code(), s.year(), s.title(), s.region(), s.opensAt(), s.submissionDeadline(),
                s.reviewDeadline(), s.minAge(), s.maxAge(), s.oneApplicationPerApplicant(), s.maxFileBytes(),
                s.maxApplicationBytes(), s.reviewersPerApplication(), s.scoreMethod(), s.varianceThreshold(),
                s.placesPerDirection(), s.grantCount(), s.grantPolicy(), s.minimumAwardScore(), s.grantAmountTenge(),
                s.maxBudgetTenge(), s.placePrizes(), s.directions(), criteria);
    }

    @Test
    void copying_keeps_directions_criteria_and_awards_and_clears_the_dates() {
        var id = scheduledDraft();

        var copy = setup.settings(setup.copy(id));

        var original = setup.settings(id);
        assertThat(copy.year()).isEqualTo(original.year() + 1);
        assertThat(copy.title().kk()).contains(String.valueOf(original.year() + 1));
        assertThat(copy.directions()).isEqualTo(original.directions());
        assertThat(copy.criteria()).isEqualTo(original.criteria());
        assertThat(copy.placePrizes()).isEqualTo(original.placePrizes());
        assertThat(copy.grantCount()).isEqualTo(original.grantCount());
        assertThat(copy.opensAt()).isNull();
        assertThat(copy.submissionDeadline()).isNull();
        assertThat(copy.reviewDeadline()).isNull();
    }

    @Test
    void phase_changes_are_audited() {
        var id = scheduledDraft();
        setup.moveTo(id, Phase.OPEN);

        var entries = auditService.search(new AuditFilter(AuditAction.PHASE_CHANGED, "competition", id, null, null,
                null), PageRequest.of(0, 5));
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.before()).isEqualTo("DRAFT");
            assertThat(entry.after()).isEqualTo("OPEN");
        });
        assertThat(entries).extracting(AuditEntry::action).containsOnly(AuditAction.PHASE_CHANGED);
    }

    @Test
    @WithMockUser(roles = {"APPLICANT", "JURY"})
    void only_administrators_set_up_competitions() {
        assertThatThrownBy(() -> setup.createDraft(2030)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> setup.moveTo(1, Phase.OPEN)).isInstanceOf(AccessDeniedException.class);
    }
}
