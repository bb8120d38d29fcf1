package kz.urpaq.security;

import kz.urpaq.base.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.EnumSet;

/**
 * In production the first administrator comes from {@code URPAQ_ADMIN_EMAIL} and
 * {@code URPAQ_ADMIN_PASSWORD} on the first start; later starts leave accounts alone. That
 * password sat in the environment, so it must be changed at the first sign-in.
 */
@Component
@Profile(ProductionGuard.PROFILE)
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountService accountService;
    private final String email;
    private final String password;

    FirstAdministrator(AccountService accountService,
                       @Value("${urpaq.admin.email:}") String email,
                       @Value("${urpaq.admin.password:}") String password) {
        this.accountService = accountService;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemTask.run(() -> {
            if (accountService.administratorExists()) {
                return;
            }
            if (email.isBlank() || password.length() < MIN_PASSWORD_LENGTH) {
                throw new IllegalStateException("No administrator exists yet: set URPAQ_ADMIN_EMAIL and "
                        + "URPAQ_ADMIN_PASSWORD (at least " + MIN_PASSWORD_LENGTH + " characters) for the first start.");
            }
            var administrator = accountService.create(email, password, "Administrator", EnumSet.of(Role.ADMIN, Role.PLATFORM),
                    Language.DEFAULT);
            accountService.requirePasswordChange(administrator.id());
            log.info("Created the first administrator account {}", email);
        });
    }
}
