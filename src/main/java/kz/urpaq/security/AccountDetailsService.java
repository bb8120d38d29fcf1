package kz.urpaq.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

@Service
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final SecondFactorRepository secondFactors;
    private final Clock clock;

    AccountDetailsService(UserAccountRepository accounts, SecondFactorRepository secondFactors, Clock clock) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(UserAccount.normalizeEmail(email))
                .map(account -> AccountPrincipal.of(account, clock.instant(),
                        secondFactors.existsById(account.getId())))
                .orElseThrow(() -> new UsernameNotFoundException("no account for this e-mail"));
    }
}
