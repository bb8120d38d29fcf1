package kz.urpaq.applicant;

import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.i18n.TranslationKeys;
import kz.urpaq.competition.CompetitionOverview;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Who is young enough and old enough: the age on the competition's deadline date (in
 * Asia/Almaty) must lie within its band, both ends included (domain.md §1, §3).
 */
public record AgeRule(LocalDate onDate, int minAge, int maxAge) {

    /** Under this age a parent or guardian must consent (domain.md §3). */
    public static final int ADULT_AGE = 18;

    public enum Problem {
        TOO_YOUNG, TOO_OLD;

        /** The message takes the minimum age, the maximum age and the date, {@code dd.MM.yyyy}. */
        public String messageKey() {
            return TranslationKeys.of("age.error", this);
        }
    }

    public static AgeRule of(CompetitionOverview competition) {
        return new AgeRule(Almaty.at(competition.submissionDeadline()).toLocalDate(), competition.minAge(),
                competition.maxAge());
    }

    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public Optional<Problem> check(LocalDate birthDate) {
        var age = ageOn(birthDate, onDate);
        if (age < minAge) {
            return Optional.of(Problem.TOO_YOUNG);
        }
        if (age > maxAge) {
            return Optional.of(Problem.TOO_OLD);
        }
        return Optional.empty();
    }

    public static boolean isMinorOn(LocalDate birthDate, LocalDate today) {
        return ageOn(birthDate, today) < ADULT_AGE;
    }
}
