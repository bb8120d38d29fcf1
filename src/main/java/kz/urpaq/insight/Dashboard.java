package kz.urpaq.insight;

import kz.urpaq.applicant.District;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.i18n.TranslationKeys;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.review.ReviewFigures;
import kz.urpaq.submission.ApplicationStatus;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One competition at a glance (SPEC §16): what its dashboard shows, every figure a count or a
 * statistic, never a person (docs/decisions/027-dashboard-figures.md).
 */
public record Dashboard(
        CompetitionOverview competition,
        Map<ApplicationStatus, Long> byStatus,
        List<DirectionCount> byDirection,
        Map<District, Long> byDistrict,
        List<AgeBand> ages,
        Curve curve,
        @Nullable Curve previousYear,
        List<FunnelStep> funnel,
        List<ReviewFigures.Progress> jurorProgress,
        List<Panel> panels) {

    public record DirectionCount(long directionId, LocalizedText name, long count) {
    }

    /** Received applications of people whose age on the deadline day lies in the band, both ends included. */
    public record AgeBand(int from, int to, long female, long male) {

        public static final int OPEN_END = Integer.MAX_VALUE;

        public String label() {
            return from == 0 ? "≤ " + to : to == OPEN_END ? from + "+" : from + "–" + to;
        }

        public long total() {
            return female + male;
        }
    }

    /**
     * Received applications per Almaty-time day of submission; {@code fromDeadline} is the day's
     * distance from the deadline's day (0 on it, −1 the day before), so two years line up.
     */
    public record Curve(long competitionId, String code, int year, @Nullable Instant deadline, List<Day> days) {

        public record Day(LocalDate date, long fromDeadline, long count, long cumulative) {
        }

        public long total() {
            return days.isEmpty() ? 0 : days.getLast().cumulative();
        }
    }

    /** A step of the funnel and how many reached it; empty when it cannot be known yet (awards before the announcement). */
    public record FunnelStep(Stage stage, @Nullable Long count) {
    }

    public enum Stage {
        REGISTERED, STARTED, SUBMITTED, ELIGIBLE, RANKED, AWARDED;

        public String labelKey() {
            return TranslationKeys.of("dashboard.funnel", this);
        }
    }

    /** A direction's panel with its direction's name. */
    public record Panel(LocalizedText direction, ReviewFigures.Panel figures) {
    }
}
