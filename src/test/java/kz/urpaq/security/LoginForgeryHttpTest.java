package kz.urpaq.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login forgery, tried as an attacker would: a page on another site posts the attacker's own
 * e-mail and password to {@code /login} from the victim's browser, so that whatever the victim
 * uploads next lands in the attacker's account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginForgeryHttpTest {

    private static final String ATTACKER_EMAIL = "daniyar@urpaq.local";
    private static final String EVIL_ORIGIN = "https://evil.example";

    @LocalServerPort
    int port;

    @Test
    void a_cross_site_login_post_without_a_token_signs_the_visitor_into_nothing() {
        var victim = new HttpVisitor(port);
        victim.get("/");

        var forged = victim.postForm("/login", Map.of("username", ATTACKER_EMAIL, "password",
                HttpVisitor.APPLICANT_PASSWORD), "Origin", EVIL_ORIGIN);

        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertThat(victim.isSignedIn()).isFalse();
    }

    @Test
    void a_login_post_with_a_token_from_the_attackers_own_session_signs_nobody_in() {
        var attacker = new HttpVisitor(port);
        var attackersToken = attacker.signInToken();
        var victim = new HttpVisitor(port);
        victim.get("/login");

        victim.postForm("/login", Map.of("username", ATTACKER_EMAIL, "password", HttpVisitor.APPLICANT_PASSWORD,
                "_csrf", attackersToken), "Origin", EVIL_ORIGIN);

        assertThat(victim.isSignedIn()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site"})
    void a_login_post_the_browser_marks_as_sent_by_another_site_is_refused_even_with_a_valid_token(String site) {
        var victim = new HttpVisitor(port);
        var token = victim.signInToken();

        var forged = victim.postForm("/login", Map.of("username", ATTACKER_EMAIL, "password",
                HttpVisitor.APPLICANT_PASSWORD, "_csrf", token), "Origin", EVIL_ORIGIN, "Sec-Fetch-Site", site);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(victim.isSignedIn()).isFalse();
    }

    @Test
    void the_sign_in_form_posted_from_urpaqs_own_page_signs_in() {
        var visitor = new HttpVisitor(port);

        var signIn = visitor.signIn(ATTACKER_EMAIL, HttpVisitor.APPLICANT_PASSWORD);

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("login"));
        assertThat(visitor.isSignedIn()).isTrue();
    }

    @Test
    void a_link_from_another_site_still_opens_the_sign_in_page() {
        var visitor = new HttpVisitor(port);

        var page = visitor.get("/login", "Sec-Fetch-Site", "cross-site");

        assertThat(page.statusCode()).isEqualTo(200);
    }
}
