package kz.urpaq.competition;

import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionSettings.CriterionSettings;
import kz.urpaq.competition.CompetitionSettings.DirectionSettings;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which settings an organiser may change, said once by the domain for the server and the page alike. */
class CompetitionSettingsTest {

    private static final LocalizedText NAME = new LocalizedText("Атауы", "Название", "Name");
    private static final Instant OPENS = Instant.parse("2031-03-01T04:00:00Z");

    private static final CompetitionSettings SETTINGS = new CompetitionSettings("TU-2031", 2031, NAME, NAME, OPENS,
            OPENS.plus(Duration.ofDays(30)), OPENS.plus(Duration.ofDays(60)), 14, 35, true, 10L << 20, 30L << 20, 3,
            ScoreMethod.MEAN, BigDecimal.valueOf(15), 3, 15, GrantPolicy.PLACE_WINNERS, BigDecimal.valueOf(50),
            1_000_000L, 1_000_000L, Map.of(1, 1_000_000L, 2, 700_000L),
            List.of(new DirectionSettings("IT", NAME, null)),
            List.of(new CriterionSettings("RELEVANCE", NAME, NAME, 100, 10, 1)));

    @Test
    void the_settings_named_as_result_rules_are_exactly_those_the_lock_compares() throws Exception {
        var compared = new ArrayList<String>();
        for (var component : CompetitionSettings.class.getRecordComponents()) {
            if (!with(component, changed(component.getAccessor().invoke(SETTINGS))).resultRules()
                    .equals(SETTINGS.resultRules())) {
                compared.add(component.getName());
            }
        }

        assertThat(compared).containsExactlyInAnyOrderElementsOf(CompetitionSettings.RESULT_RULES);
    }

    @Test
    void result_rules_are_editable_until_review_and_everything_else_always() {
        for (var phase : EnumSet.allOf(Phase.class)) {
            assertThat(CompetitionSettings.isEditable("varianceThreshold", phase)).as(phase.name())
                    .isEqualTo(phase.isBefore(Phase.REVIEW));
            assertThat(CompetitionSettings.isEditable("criteria", phase)).as(phase.name())
                    .isEqualTo(phase.isBefore(Phase.REVIEW));
            assertThat(CompetitionSettings.isEditable("title", phase)).as(phase.name()).isTrue();
            assertThat(CompetitionSettings.isEditable("submissionDeadline", phase)).as(phase.name()).isTrue();
        }
    }

    /** A value that differs from {@code value} in whatever the lock could compare (a row by its code). */
    private static Object changed(Object value) {
        return switch (value) {
            case String text -> text + "-2";
            case Integer number -> number + 1;
            case Long number -> number + 1;
            case Boolean flag -> !flag;
            case BigDecimal number -> number.add(BigDecimal.ONE);
            case Instant instant -> instant.plus(Duration.ofHours(1));
            case LocalizedText text -> new LocalizedText(text.kk() + "!", text.ru() + "!", text.en() + "!");
            case ScoreMethod method -> method == ScoreMethod.MEAN ? ScoreMethod.TRIMMED_MEAN : ScoreMethod.MEAN;
            case GrantPolicy policy -> policy == GrantPolicy.PLACE_WINNERS ? GrantPolicy.OVERALL_TOP
                    : GrantPolicy.PLACE_WINNERS;
            case Map<?, ?> _ -> Map.of(1, 1L);
            case List<?> rows when rows.getFirst() instanceof DirectionSettings d ->
                    List.of(new DirectionSettings(d.code() + "-2", d.name(), d.grantQuota()));
            case List<?> rows when rows.getFirst() instanceof CriterionSettings c -> List.of(new CriterionSettings(
                    c.code() + "-2", c.name(), c.description(), c.weightPercent(), c.scaleMax(), c.tieBreakOrder()));
            default -> throw new IllegalArgumentException("no change known for " + value);
        };
    }

    private static CompetitionSettings with(RecordComponent changed, Object value) throws Exception {
        var components = CompetitionSettings.class.getRecordComponents();
        var values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            var kept = !components[i].getName().equals(changed.getName());
            values[i] = kept ? components[i].getAccessor().invoke(SETTINGS) : value;
        }
        var types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return CompetitionSettings.class.getDeclaredConstructor(types).newInstance(values);
    }
}
