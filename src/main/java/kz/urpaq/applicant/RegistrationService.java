package kz.urpaq.applicant;

import kz.urpaq.security.AccountRules;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.InputRefusedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visitor becomes an applicant: the account and the profile are created together or not at
 * all. The account's address stays unconfirmed until the mailed link is opened; until then the
 * profile only writes its IIN down. Whatever the address and IIN, a registration that passes the
 * form's checks answers the same, so the page tells a stranger nothing about who has an account
 * (domain.md §12): the owner of a taken address gets a mail instead, and a taken IIN is said only
 * once the address is confirmed.
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
     *                               e-mail, password, then the profile; also too many registrations
     *                               from this network address lately (at the e-mail)
     */
    public void register(String email, String password, ApplicantProfileSpec spec) {
        AccountRules.checkEmail(email).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        AccountRules.checkPassword(AccountRules.FIELD_PASSWORD, password).ifPresent(refusal -> {
            throw new InputRefusedException(refusal);
        });
        var today = profiles.today();
        ApplicantProfiles.refuseFirst(ApplicantRules.check(spec, profiles.ageRule(), today, true));
        var iin = Iin.parse(spec.iin());

        accountService.register(email, password, spec.fullName(), spec.language()).ifPresent(account -> {
            var profile = profiles.create(account.id(), iin, false);
            ApplicantProfiles.fill(profile, spec, today, profiles.now());
            profiles.saveAndFlush(profile);
        });
    }
}
