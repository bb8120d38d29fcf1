package kz.urpaq.testing;

import kz.urpaq.security.Totp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Codes of an authenticator app for tests, at the app's (frozen) test clock. The clock stands at
 * the same instant at the start of every test, and the app accepts each 30-second step once per
 * account, so the account's last used step is forgotten first: a test signs in as a person would
 * half a minute later. Replays themselves are tried in SecondFactorServiceTest.
 */
@Component
public class SecondFactorCodes {

    private final JdbcClient jdbc;
    private final Clock clock;

    SecondFactorCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String codeFor(String email, String base32Secret) {
        jdbc.sql("""
                        update second_factor set last_used_step = 0
                        where account_id = (select id from user_account where email = :email)""")
                .param("email", email).update();
        return Totp.code(base32Secret, Totp.step(clock.instant()));
    }
}
