package kz.urpaq.applicant;

import kz.urpaq.base.domain.Region;
import kz.urpaq.competition.ApplicantResidence;
import kz.urpaq.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** The signed-in person's region by their own profile; nobody else's. */
@Component
@Transactional(readOnly = true)
class ProfileResidence implements ApplicantResidence {

    private final ApplicantProfiles profiles;
    private final CurrentUser currentUser;

    ProfileResidence(ApplicantProfiles profiles, CurrentUser currentUser) {
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Region> ofCurrentApplicant() {
        return currentUser.get().flatMap(principal -> profiles.findByAccountId(principal.accountId()))
                .map(profile -> profile.getDistrict().region());
    }
}
