package kz.urpaq.applicant;

import kz.urpaq.base.domain.NoSuchRecordException;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.InputRefusedException;
import kz.urpaq.security.StaffScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applicant profiles. An applicant reads and corrects only their own; administrators may read
 * any; jurors and visitors none (domain.md §3). Nothing here logs: a profile is personal data.
 */
@Service
@PreAuthorize("hasRole('APPLICANT')")
@Transactional
public class ApplicantProfileService {

    private final ApplicantProfiles profiles;
    private final AccountService accountService;
    private final CurrentUser currentUser;
    private final StaffScope scope;

    ApplicantProfileService(ApplicantProfiles profiles, AccountService accountService, CurrentUser currentUser,
                            StaffScope scope) {
        this.scope = scope;
        this.profiles = profiles;
        this.accountService = accountService;
        this.currentUser = currentUser;
    }

    /** The signed-in applicant's own profile; empty until they have given their IIN. */
    @Transactional(readOnly = true)
    public Optional<ApplicantProfileSummary> myProfile() {
        return profiles.findByAccountId(currentUser.require().accountId()).map(ApplicantProfileSummary::of);
    }

    /**
     * Creates or corrects the signed-in applicant's profile, with their name and language. Once
     * stored, the IIN and birth date stay as they are, whatever the form says; a new profile
     * needs consent and an age within the current competition's band. An IIN that another
     * account holds is refused only once this applicant's address is confirmed.
     *
     * @throws InputRefusedException naming the first field that is wrong
     */
    public ApplicantProfileSummary saveMyProfile(ApplicantProfileSpec spec) {
        var accountId = currentUser.require().accountId();
        var today = profiles.today();
        var existing = profiles.findByAccountId(accountId);
        ApplicantProfile profile;
        if (existing.isPresent()) {
            profile = existing.get();
            var fixed = withIdentity(spec, profile);
            ApplicantProfiles.refuseFirst(ApplicantRules.check(fixed, Optional.empty(), today, false));
            ApplicantProfiles.fill(profile, fixed, today, profiles.now());
        } else {
            ApplicantProfiles.refuseFirst(ApplicantRules.check(spec, profiles.ageRule(), today, true));
            profile = profiles.create(accountId, Iin.parse(spec.iin()), accountService.isCurrentEmailConfirmed());
            ApplicantProfiles.fill(profile, spec, today, profiles.now());
        }
        accountService.changeDisplayName(spec.fullName());
        accountService.changeLanguage(spec.language());
        return ApplicantProfileSummary.of(profiles.saveAndFlush(profile));
    }

    /**
     * Creates the profile of an existing applicant account, with the same checks as the form:
     * for organisers entering a paper application, and for demo data. Staff vouch for the person,
     * so the profile holds its IIN at once, and a taken IIN is refused here.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ApplicantProfileSummary createFor(long accountId, ApplicantProfileSpec spec) {
        if (!scope.reaches(accountId)) {
            throw new NoSuchRecordException("users.refused.not-found");
        }
        if (profiles.findByAccountId(accountId).isPresent()) {
            throw new IllegalStateException("the account has a profile");
        }
        var today = profiles.today();
        ApplicantProfiles.refuseFirst(ApplicantRules.check(spec, profiles.ageRule(), today, true));
        var profile = profiles.create(accountId, Iin.parse(spec.iin()), true);
        ApplicantProfiles.fill(profile, spec, today, profiles.now());
        return ApplicantProfileSummary.of(profiles.saveAndFlush(profile));
    }

    /** Any applicant's profile, IIN whole: for administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<ApplicantProfileSummary> findByAccountId(long accountId) {
        return profiles.findByAccountId(accountId).filter(p -> scope.reaches(accountId)).map(ApplicantProfileSummary::of);
    }

    /** The profiles of these applicants by account (those without a profile are left out): for administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, ApplicantProfileSummary> profiles(Collection<Long> accountIds) {
        var reachable = scope.reachable(accountIds);
        return profiles.findAllByAccountId(reachable).stream()
                .collect(Collectors.toMap(ApplicantProfile::getAccountId, ApplicantProfileSummary::of));
    }

    /** The districts of these applicants (those without a profile are left out): for administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, District> districts(Collection<Long> accountIds) {
        return profiles.findAllByAccountId(scope.reachable(accountIds)).stream()
                .collect(Collectors.toMap(ApplicantProfile::getAccountId, ApplicantProfile::getDistrict));
    }

    /** The age band of the current competition on its deadline date, if a competition is public. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<AgeRule> ageRule() {
        return profiles.ageRule();
    }

    /** Today in Almaty, by the application's clock: whether someone is under 18 is decided here. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public LocalDate today() {
        return profiles.today();
    }

    private static ApplicantProfileSpec withIdentity(ApplicantProfileSpec spec, ApplicantProfile profile) {
        return new ApplicantProfileSpec(spec.fullName(), profile.getIin().digits(), profile.getBirthDate(),
                spec.phone(), spec.district(), spec.placeOfStudy(), spec.language(), spec.guardianName(),
                spec.guardianPhone(), spec.guardianConfirmed(), true);
    }
}
