package kz.urpaq.applicant;

import kz.urpaq.security.AccountRules;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import kz.urpaq.security.InputRefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visitor becomes an applicant: the account and the profile are created together or not at
 * all. The account's address stays unconfirmed until the mailed link is opened.
 */
@Service
@PreAuthorize("isAnonymous()")
@Transactional
public class RegistrationService {

    private final AccountService accountService;
    private final ApplicantProfiles profiles;

    RegistrationService(AccountService accountService, ApplicantProfiles profiles) {
        this.accountService = accountService;
        this.profiles = profiles;
    }

    /**
     * @throws InputRefusedException naming the first field that is wrong, in the order of the form:
     *                               e-mail, password, then the profile; also an e-mail or IIN that
     *                               already has an account
     */
    public AccountSummary register(String email, String password, ApplicantProfileSpec spec) {
        AccountRules.checkEmail(email).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        AccountRules.checkPassword(AccountRules.FIELD_PASSWORD, password).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        var today = profiles.today();
        ApplicantProfiles.refuseFirst(ApplicantRules.check(spec, profiles.ageRule(), today, true));
        var iin = Iin.parse(spec.iin());
        profiles.refuseIfTaken(iin);

        var account = accountService.register(email, password, spec.fullName(), spec.language());
        var profile = new ApplicantProfile(account.id(), iin, profiles.now());
        ApplicantProfiles.fill(profile, spec, today, profiles.now());
        profiles.saveAndFlush(profile);
        return account;
    }
}
