package kz.urpaq.applicant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import kz.urpaq.base.domain.AbstractEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What an applicant tells about themselves besides the account (domain.md §3): the IIN and the
 * birth date it encodes, how to reach them, where they live and study, and the consents.
 * The IIN and birth date are fixed once given; the rest can be corrected.
 */
@Entity
@Table(name = "applicant_profile")
public class ApplicantProfile extends AbstractEntity {

    public static final int PLACE_MAX_LENGTH = 200;
    public static final int GUARDIAN_NAME_MAX_LENGTH = 200;

    @Column(name = "account_id", nullable = false, unique = true)
    private long accountId;

    @Column(nullable = false, length = Iin.LENGTH)
    private String iin;

    /**
     * The IIN again once this profile holds it, else null. Only one profile may hold an IIN (a
     * unique column that allows many nulls, as a partial unique index would on PostgreSQL alone);
     * a profile whose owner has not confirmed their address yet only writes its IIN down, so
     * registering tells nobody whether an IIN is taken (domain.md §12).
     */
    @Column(name = "claimed_iin", unique = true, length = Iin.LENGTH)
    private @Nullable String claimedIin;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Column(nullable = false, length = PhoneNumber.MAX_LENGTH)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = District.CODE_MAX_LENGTH)
    private District district;

    @Column(name = "place_of_study", nullable = false, length = PLACE_MAX_LENGTH)
    private String placeOfStudy;

    @Column(name = "guardian_name", length = GUARDIAN_NAME_MAX_LENGTH)
    private @Nullable String guardianName;

    @Column(name = "guardian_phone", length = PhoneNumber.MAX_LENGTH)
    private @Nullable String guardianPhone;

    @Column(name = "guardian_consent_at")
    private @Nullable Instant guardianConsentAt;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ApplicantProfile() {
        this.iin = "";
        this.birthDate = LocalDate.EPOCH;
        this.phone = "";
        this.district = District.KONAEV;
        this.placeOfStudy = "";
        this.consentAt = Instant.EPOCH;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    /** A profile for the account, holding the IIN; the person consented to the processing of personal data now. */
    ApplicantProfile(long accountId, Iin iin, Instant now) {
        this.accountId = accountId;
        this.iin = iin.digits();
        this.claimedIin = this.iin;
        this.birthDate = iin.birthDate();
        this.phone = "";
        this.district = District.KONAEV;
        this.placeOfStudy = "";
        this.consentAt = now;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A profile whose owner's address is unconfirmed: it holds its IIN only once {@link #claimIin() claimed}. */
    static ApplicantProfile unconfirmed(long accountId, Iin iin, Instant now) {
        var profile = new ApplicantProfile(accountId, iin, now);
        profile.claimedIin = null;
        return profile;
    }

    boolean holdsIin() {
        return claimedIin != null;
    }

    void claimIin() {
        claimedIin = iin;
    }

    void update(String phone, District district, String placeOfStudy, Instant now) {
        this.phone = phone;
        this.district = district;
        this.placeOfStudy = placeOfStudy.strip();
        this.updatedAt = now;
    }

    /** Records the guardian's consent; a new name or phone counts as a new consent. */
    void guardian(String name, String phone, Instant now) {
        var stripped = name.strip();
        if (guardianConsentAt == null || !stripped.equals(guardianName) || !phone.equals(guardianPhone)) {
            guardianConsentAt = now;
        }
        this.guardianName = stripped;
        this.guardianPhone = phone;
    }

    void clearGuardian() {
        guardianName = null;
        guardianPhone = null;
        guardianConsentAt = null;
    }

    public long getAccountId() {
        return accountId;
    }

    public Iin getIin() {
        return Iin.parse(iin);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getPhone() {
        return phone;
    }

    public District getDistrict() {
        return district;
    }

    public String getPlaceOfStudy() {
        return placeOfStudy;
    }

    public @Nullable String getGuardianName() {
        return guardianName;
    }

    public @Nullable String getGuardianPhone() {
        return guardianPhone;
    }

    public @Nullable Instant getGuardianConsentAt() {
        return guardianConsentAt;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
