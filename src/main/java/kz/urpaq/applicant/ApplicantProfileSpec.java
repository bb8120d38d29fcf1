package kz.urpaq.applicant;

import kz.urpaq.base.i18n.Language;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * What an applicant fills in about themselves, as typed. The full name and language belong to
 * the account; the guardian fields count only for applicants under 18; consent is needed once,
 * when the profile is created.
 */
public record ApplicantProfileSpec(
        String fullName,
        String iin,
        @Nullable LocalDate birthDate,
        String phone,
        @Nullable District district,
        String placeOfStudy,
        Language language,
        String guardianName,
        String guardianPhone,
        boolean guardianConfirmed,
        boolean consent) {

    @Override
    public String toString() {
        return "ApplicantProfileSpec[" + Iin.mask(iin.strip()) + "]";
    }
}
