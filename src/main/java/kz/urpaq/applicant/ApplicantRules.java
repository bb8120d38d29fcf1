package kz.urpaq.applicant;

import kz.urpaq.security.AccountRules;
import kz.urpaq.security.Refusal;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What each profile field must be. Forms check with these as people type; the services check
 * again with the same rules before anything is stored.
 */
public final class ApplicantRules {

    public static final String FIELD_FULL_NAME = AccountRules.FIELD_FULL_NAME;
    public static final String FIELD_IIN = "iin";
    public static final String FIELD_BIRTH_DATE = "birth-date";
    public static final String FIELD_PHONE = "phone";
    public static final String FIELD_DISTRICT = "district";
    public static final String FIELD_PLACE_OF_STUDY = "place-of-study";
    public static final String FIELD_GUARDIAN_NAME = "guardian-name";
    public static final String FIELD_GUARDIAN_PHONE = "guardian-phone";
    public static final String FIELD_GUARDIAN_CONFIRMED = "guardian-confirmed";
    public static final String FIELD_CONSENT = "consent";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ApplicantRules() {
    }

    /** The IIN itself, and whether it encodes the birth date entered (when one is). */
    public static Optional<Refusal> checkIin(String iin, @Nullable LocalDate birthDate) {
        var problem = Iin.validate(iin);
        if (problem.isPresent()) {
            var key = problem.get().messageKey();
            // The message says what was entered, so that a digit lost in copying is found at once.
            return Optional.of(switch (problem.get()) {
                case NOT_DIGITS -> Refusal.of(FIELD_IIN, key, Iin.firstNonDigit(iin).orElse(""));
                case NOT_TWELVE_DIGITS -> Refusal.of(FIELD_IIN, key, Iin.LENGTH, Iin.normalize(iin).length());
                default -> Refusal.of(FIELD_IIN, key);
            });
        }
        if (birthDate != null && !Iin.parse(iin).birthDate().equals(birthDate)) {
            return Optional.of(Refusal.of(FIELD_IIN, IinProblem.BIRTH_DATE_MISMATCH.messageKey()));
        }
        return Optional.empty();
    }

    /** A birth date in the past, and an age on the deadline within the competition's band, if there is one. */
    public static Optional<Refusal> checkBirthDate(@Nullable LocalDate birthDate, Optional<AgeRule> ageRule,
                                                   LocalDate today) {
        if (birthDate == null) {
            return Optional.of(Refusal.of(FIELD_BIRTH_DATE, "birth-date.error.required"));
        }
        if (!birthDate.isBefore(today)) {
            return Optional.of(Refusal.of(FIELD_BIRTH_DATE, "birth-date.error.future"));
        }
        return ageRule.flatMap(rule -> rule.check(birthDate).map(problem -> Refusal.of(FIELD_BIRTH_DATE,
                problem.messageKey(), rule.minAge(), rule.maxAge(), DATE.format(rule.onDate()))));
    }

    public static Optional<Refusal> checkPhone(String field, String phone) {
        if (phone.isBlank()) {
            return Optional.of(Refusal.of(field, "phone.error.required"));
        }
        if (PhoneNumber.normalize(phone).isEmpty()) {
            return Optional.of(Refusal.of(field, "phone.error.invalid"));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> checkDistrict(@Nullable District district) {
        return district == null ? Optional.of(Refusal.of(FIELD_DISTRICT, "district.error.required")) : Optional.empty();
    }

    public static Optional<Refusal> checkPlaceOfStudy(String place) {
        if (place.isBlank()) {
            return Optional.of(Refusal.of(FIELD_PLACE_OF_STUDY, "place-of-study.error.required"));
        }
        if (place.strip().length() > ApplicantProfile.PLACE_MAX_LENGTH) {
            return Optional.of(Refusal.of(FIELD_PLACE_OF_STUDY, "place-of-study.error.too-long",
                    ApplicantProfile.PLACE_MAX_LENGTH));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> checkGuardianName(String name) {
        if (name.strip().length() < AccountRules.DISPLAY_NAME_MIN_LENGTH) {
            return Optional.of(Refusal.of(FIELD_GUARDIAN_NAME, "guardian.error.name-required"));
        }
        if (name.strip().length() > ApplicantProfile.GUARDIAN_NAME_MAX_LENGTH) {
            return Optional.of(Refusal.of(FIELD_GUARDIAN_NAME, "account.error.full-name-too-long",
                    ApplicantProfile.GUARDIAN_NAME_MAX_LENGTH));
        }
        return Optional.empty();
    }

    public static Optional<Refusal> checkGuardianConfirmed(boolean confirmed) {
        return confirmed ? Optional.empty()
                : Optional.of(Refusal.of(FIELD_GUARDIAN_CONFIRMED, "guardian.error.confirmation-required"));
    }

    public static Optional<Refusal> checkConsent(boolean consent) {
        return consent ? Optional.empty() : Optional.of(Refusal.of(FIELD_CONSENT, "consent.error.required"));
    }

    /**
     * Every refusal for the whole form, in the order of the form. A new profile needs a valid IIN
     * matching the birth date, an age within the band and consent; an existing one keeps its IIN
     * and birth date, which are therefore not checked again.
     */
    public static List<Refusal> check(ApplicantProfileSpec spec, Optional<AgeRule> ageRule, LocalDate today,
                                      boolean newProfile) {
        var refusals = new ArrayList<Refusal>();
        AccountRules.checkDisplayName(spec.fullName()).ifPresent(refusals::add);
        if (newProfile) {
            checkIin(spec.iin(), spec.birthDate()).ifPresent(refusals::add);
            checkBirthDate(spec.birthDate(), ageRule, today).ifPresent(refusals::add);
        }
        checkPhone(FIELD_PHONE, spec.phone()).ifPresent(refusals::add);
        checkDistrict(spec.district()).ifPresent(refusals::add);
        checkPlaceOfStudy(spec.placeOfStudy()).ifPresent(refusals::add);
        if (spec.birthDate() != null && AgeRule.isMinorOn(spec.birthDate(), today)) {
            checkGuardianName(spec.guardianName()).ifPresent(refusals::add);
            checkPhone(FIELD_GUARDIAN_PHONE, spec.guardianPhone()).ifPresent(refusals::add);
            checkGuardianConfirmed(spec.guardianConfirmed()).ifPresent(refusals::add);
        }
        if (newProfile) {
            checkConsent(spec.consent()).ifPresent(refusals::add);
        }
        return refusals;
    }
}
