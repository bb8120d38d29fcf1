package kz.urpaq.security;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Refuses to start the {@code prod} profile without a real database. Without it Spring Boot
 * would quietly start on an in-memory H2 and lose every application at the next restart.
 * Registered in {@code META-INF/spring.factories} so that it runs before any bean exists.
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
        var url = environment.getProperty("spring.datasource.url", "").strip();
        if (url.isEmpty() || url.startsWith("jdbc:h2:")) {
            throw new IllegalStateException("Urpaq does not start in the prod profile without a database: "
                    + "set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD) "
                    + "to a PostgreSQL database.");
        }
    }
}
