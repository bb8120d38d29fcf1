package kz.urpaq.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * HSTS by profile, on {@link SecurityHeaders} alone: the whole app cannot start in {@code prod}
 * without PostgreSQL and SMTP, and HSTS is sent only on HTTPS, which the embedded server does not speak.
 */
class ProductionHeadersTest {

    /** A test configuration, so that the application's own component scan leaves it out. */
    @TestConfiguration
    @EnableWebSecurity
    @Import(SecurityHeaders.class)
    static class HeadersOnly {

        @Bean
        SecurityFilterChain permitAll(HttpSecurity http) {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
        }
    }

    abstract static class OverHttps {

        @Autowired
        WebApplicationContext context;

        MockMvc mvc;

        @BeforeEach
        void setUp() {
            mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        }
    }

    @Nested
    @SpringJUnitWebConfig(HeadersOnly.class)
    @ActiveProfiles(ProductionGuard.PROFILE)
    class InProd extends OverHttps {

        @Test
        void an_https_response_tells_the_browser_to_insist_on_https_for_a_year() throws Exception {
            mvc.perform(get("/").secure(true))
                    .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"))
                    .andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY));
        }
    }

    @Nested
    @SpringJUnitWebConfig(HeadersOnly.class)
    class Elsewhere extends OverHttps {

        @Test
        void even_an_https_response_says_nothing_about_https() throws Exception {
            mvc.perform(get("/").secure(true))
                    .andExpect(header().doesNotExist("Strict-Transport-Security"))
                    .andExpect(header().string("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY));
        }
    }
}
