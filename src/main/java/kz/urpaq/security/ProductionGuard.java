package kz.urpaq.security;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import java.util.ArrayList;

/**
 * Refuses to start the {@code prod} profile without a real database or an SMTP server, and
 * names everything missing at once. Without a database Spring Boot would quietly start on an
 * in-memory H2 and lose every application at the next restart; without an SMTP server mail would
 * go to the log, sign-in links and reset tokens included. Registered in
 * {@code META-INF/spring.factories} so that it runs before any bean exists.
 */
public class ProductionGuard implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    public static final String PROFILE = "prod";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    static void check(Environment environment) {
        if (!environment.matchesProfiles(PROFILE)) {
            return;
        }
        var problems = new ArrayList<String>();
        var url = environment.getProperty("spring.datasource.url", "").strip();
        if (url.isEmpty() || url.startsWith("jdbc:h2:")) {
            problems.add("Urpaq does not start in the prod profile without a database: "
                    + "set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD) "
                    + "to a PostgreSQL database.");
        }
        if (environment.getProperty("spring.mail.host", "").isBlank()) {
            problems.add("Urpaq does not start in the prod profile without an SMTP server: set SPRING_MAIL_HOST "
                    + "(and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD); "
                    + "otherwise mail, sign-in links included, would only be written to the log.");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join(System.lineSeparator(), problems));
        }
    }
}
