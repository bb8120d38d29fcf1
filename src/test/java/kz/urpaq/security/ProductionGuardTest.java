package kz.urpaq.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionGuardTest {

    @Test
    void prod_without_a_database_url_refuses_to_start() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "");
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> ProductionGuard.check(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void prod_on_the_embedded_h2_refuses_to_start() {
        var environment = new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/urpaq");
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> ProductionGuard.check(environment)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void prod_with_postgresql_and_smtp_starts_and_other_profiles_are_not_checked() {
        var production = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/urpaq")
                .withProperty("spring.mail.host", "smtp.example.kz");
        production.setActiveProfiles("prod");
        var development = new MockEnvironment();

        assertThatCode(() -> ProductionGuard.check(production)).doesNotThrowAnyException();
        assertThatCode(() -> ProductionGuard.check(development)).doesNotThrowAnyException();
    }

    @Test
    void prod_without_an_smtp_host_refuses_to_start_instead_of_writing_mail_to_the_log() {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/urpaq")
                .withProperty("spring.mail.host", " ");
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> ProductionGuard.check(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without an SMTP server")
                .hasMessageContaining("SPRING_MAIL_HOST")
                .hasMessageNotContaining("SPRING_DATASOURCE_URL");
    }

    @Test
    void prod_with_neither_names_both_at_once() {
        var environment = new MockEnvironment();
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> ProductionGuard.check(environment))
                .hasMessageContaining("without a database")
                .hasMessageContaining("without an SMTP server");
    }
}
