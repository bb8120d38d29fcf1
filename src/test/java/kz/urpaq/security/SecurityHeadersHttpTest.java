package kz.urpaq.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code curl -sI} shows: the browser defences on pages, Vaadin's files and static files alike. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersHttpTest {

    private static final Pattern VAADIN_SCRIPT = Pattern.compile("src=\"([^\"]*VAADIN/[^\"]+)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/register", "/forgot-password", "/no-such-page", "/styles/urpaq.css",
            "/images/emblem.svg"})
    void every_page_and_static_file_carries_the_browser_defences(String path) {
        assertDefended(new HttpVisitor(port).get(path));
    }

    @Test
    void a_signed_in_application_page_carries_them_too() {
        var applicant = new HttpVisitor(port);
        applicant.signIn("aruzhan@urpaq.local", HttpVisitor.APPLICANT_PASSWORD);

        var page = applicant.get("/applications");

        assertThat(page.statusCode()).isEqualTo(200);
        assertDefended(page);
    }

    @Test
    void vaadins_client_engine_carries_them_too() {
        var visitor = new HttpVisitor(port);
        var script = VAADIN_SCRIPT.matcher(visitor.get("/").body());
        assertThat(script.find()).as("the bootstrap page loads a script from VAADIN/").isTrue();

        var engine = visitor.get("/" + script.group(1).replaceFirst("^\\.?/", ""));

        assertThat(engine.statusCode()).isEqualTo(200);
        assertDefended(engine);
    }

    @Test
    void the_policy_allows_nothing_from_other_origins_and_no_framing_plugins_or_foreign_forms() {
        var policy = new HttpVisitor(port).get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                "base-uri 'self'", "form-action 'self'");
        assertThat(policy).doesNotContain("*", "http:", "https:", "blob:");
    }

    @Test
    void outside_prod_no_browser_is_told_to_insist_on_https() {
        var page = new HttpVisitor(port).get("/");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private static void assertDefended(HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(response.uri().toString())
                .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("X-Content-Type-Options")).as(response.uri().toString()).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(response.uri().toString()).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).as(response.uri().toString()).hasValue("DENY");
    }
}
