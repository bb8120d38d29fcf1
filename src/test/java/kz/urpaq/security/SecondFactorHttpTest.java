package kz.urpaq.security;

import kz.urpaq.base.i18n.Language;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.SecondFactorCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second step of a staff sign-in over real HTTP, tried as someone who has the password and not
 * the phone would try it (domain.md §12): a password-only session opens no page for staff, a wrong,
 * replayed, forged or late code signs nobody in, the right one does under a new session id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecondFactorHttpTest {

    private static final String PASSWORD = "second-factor-http-2026";
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SecondFactorService secondFactors;

    @Autowired
    SecondFactorCodes codes;

    @Autowired
    MutableClock clock;

    @Test
    void an_administrator_without_a_factor_opens_no_admin_page_with_the_password_alone() {
        var admin = account(Role.ADMIN, false);
        var visitor = new HttpVisitor(port);
        assertThat(location(visitor.signIn(admin, PASSWORD))).doesNotContain("error");

        assertThat(location(visitor.get("/admin/users"))).endsWith("/second-factor");
        for (var path : new String[]{"/admin/users", "/admin/audit", "/admin/competitions", "/"}) {
            var page = visitor.get(path);
            assertThat(page.statusCode()).as(path).isIn(200, 302);
            if (page.statusCode() == 302) {
                assertThat(location(page)).as(path).endsWith("/login");
            }
        }
        assertThat(visitor.passSecondFactor("000000").statusCode()).isEqualTo(302);
        assertThat(location(visitor.get("/admin/users"))).endsWith("/login");
        assertThat(visitor.get(SessionGuard.TIME_LEFT_PATH).statusCode()).isEqualTo(401);
    }

    @Test
    void the_right_code_signs_in_under_a_new_session_and_takes_the_page_asked_for() {
        var admin = account(Role.ADMIN, true);
        var visitor = new HttpVisitor(port);
        visitor.signIn(admin, PASSWORD);
        var sessionAfterPassword = visitor.sessionId();
        assertThat(location(visitor.get("/admin/audit?page=2"))).endsWith("/second-factor");

        var verified = visitor.passSecondFactor(codes.codeFor(admin, SECRET));
        assertThat(location(verified)).endsWith("/admin/audit?page=2");
        assertThat(visitor.sessionId()).isNotEqualTo(sessionAfterPassword);
        assertThat(visitor.get("/admin/users").statusCode()).isEqualTo(200);
    }

    @Test
    void a_wrong_a_replayed_and_a_cross_site_code_sign_nobody_in() {
        var juror = account(Role.JURY, true);
        var owner = new HttpVisitor(port);
        owner.signIn(juror, PASSWORD);
        owner.get("/");
        var code = codes.codeFor(juror, SECRET);
        assertThat(location(owner.passSecondFactor(code))).doesNotContain("second-factor").doesNotContain("login");

        // someone who saw the code and has the password, within the same half minute
        var thief = new HttpVisitor(port);
        thief.signIn(juror, PASSWORD);
        thief.get("/");
        assertThat(location(thief.passSecondFactor(code))).endsWith("/second-factor");
        assertThat(location(thief.get("/reviews"))).endsWith("/login");

        // a page of another site posting the code for the visitor
        var forged = thief.postForm(SecondFactorSignIn.VERIFY_PATH, Map.of("code", code, "_csrf", thief.signInToken()),
                "Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site");
        assertThat(forged.statusCode()).isEqualTo(403);
        // and one without the session's token
        thief.postForm(SecondFactorSignIn.VERIFY_PATH, Map.of("code", code));
        assertThat(location(thief.get("/reviews"))).endsWith("/login");
    }

    @Test
    void a_code_typed_long_after_the_password_asks_for_the_password_again() {
        var juror = account(Role.JURY, true);
        var visitor = new HttpVisitor(port);
        visitor.signIn(juror, PASSWORD);
        visitor.get("/");
        clock.advance(PendingSignIn.VALID_FOR.plus(Duration.ofSeconds(1)));
        assertThat(location(visitor.passSecondFactor(codes.codeFor(juror, SECRET)))).endsWith("/login");
        assertThat(location(visitor.get("/reviews"))).endsWith("/login");
    }

    @Test
    void an_applicant_without_a_factor_signs_in_with_the_password_alone() {
        var applicant = account(Role.APPLICANT, false);
        var visitor = new HttpVisitor(port);
        visitor.signIn(applicant, PASSWORD);
        assertThat(visitor.isSignedIn()).isTrue();
    }

    private String account(Role role, boolean withFactor) {
        var email = "factor-" + UUID.randomUUID() + "@example.kz";
        SystemTask.run(() -> {
            var created = accounts.create(email, PASSWORD, "Екі Қадам", EnumSet.of(role), Language.KK);
            accounts.markEmailConfirmed(created.id());
            if (withFactor) {
                secondFactors.enrolKnownSecret(created.id(), SECRET);
            }
        });
        return email;
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }
}
