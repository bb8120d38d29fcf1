package kz.urpaq.applicant.ui;

import kz.urpaq.applicant.ApplicantProfileSpec;
import kz.urpaq.applicant.ApplicantProfileSummary;
import kz.urpaq.applicant.District;
import kz.urpaq.base.i18n.Language;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** What the registration and profile forms hold while a person types. */
class ApplicantDraft {

    String email = "";
    String password = "";
    String passwordRepeat = "";
    String fullName = "";
    String iin = "";
    @Nullable LocalDate birthDate;
    String phone = "";
    @Nullable District district;
    String placeOfStudy = "";
    Language language = Language.DEFAULT;
    String guardianName = "";
    String guardianPhone = "";
    boolean guardianConfirmed;
    boolean consent;

    static ApplicantDraft of(String fullName, Language language, @Nullable ApplicantProfileSummary profile) {
        var draft = new ApplicantDraft();
        draft.fullName = fullName;
        draft.language = language;
        if (profile != null) {
            draft.iin = profile.iin().digits();
            draft.birthDate = profile.birthDate();
            draft.phone = profile.phone();
            draft.district = profile.district();
            draft.placeOfStudy = profile.placeOfStudy();
            draft.guardianName = profile.guardianName() == null ? "" : profile.guardianName();
            draft.guardianPhone = profile.guardianPhone() == null ? "" : profile.guardianPhone();
            draft.guardianConfirmed = profile.guardianConsentAt() != null;
            draft.consent = true;
        }
        return draft;
    }

    ApplicantProfileSpec toSpec() {
        return new ApplicantProfileSpec(fullName, iin, birthDate, phone, district, placeOfStudy, language,
                guardianName, guardianPhone, guardianConfirmed, consent);
    }
}
