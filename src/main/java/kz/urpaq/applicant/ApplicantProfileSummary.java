package kz.urpaq.applicant;

import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An applicant's profile as pages show it to the applicant and administrators: the IIN whole.
 * Anyone else gets {@link Iin#masked()}; {@link #toString()} masks it too.
 */
public record ApplicantProfileSummary(
        long accountId,
        Iin iin,
        LocalDate birthDate,
        String phone,
        District district,
        String placeOfStudy,
        @Nullable String guardianName,
        @Nullable String guardianPhone,
        @Nullable Instant guardianConsentAt,
        Instant consentAt) {

    static ApplicantProfileSummary of(ApplicantProfile profile) {
        return new ApplicantProfileSummary(profile.getAccountId(), profile.getIin(), profile.getBirthDate(),
                profile.getPhone(), profile.getDistrict(), profile.getPlaceOfStudy(), profile.getGuardianName(),
                profile.getGuardianPhone(), profile.getGuardianConsentAt(), profile.getConsentAt());
    }
}
