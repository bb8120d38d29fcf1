package kz.urpaq.security;

import kz.urpaq.audit.AuditAction;
import kz.urpaq.audit.AuditEntry;
import kz.urpaq.audit.AuditFilter;
import kz.urpaq.audit.AuditService;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.notification.MailLog;
import kz.urpaq.review.AssignmentService;
import kz.urpaq.review.BlindApplicant;
import kz.urpaq.review.JuryPanelService;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.submission.TestApplications;
import kz.urpaq.submission.attachment.AttachmentKind;
import kz.urpaq.submission.attachment.FileType;
import kz.urpaq.testing.MutableClock;
import kz.urpaq.testing.SecondFactorCodes;
import kz.urpaq.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions that end (docs/domain.md §12), tried over real HTTP as someone holding an old session
 * would: the session cookie of a browser that signed in before the account changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionEndingHttpTest {

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern RESET_LINK = Pattern.compile("/reset-password/([A-Za-z0-9_-]{43})");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern IDLE_SECONDS = Pattern.compile("\"idle\":(\\d+)");
    private static final String PASSWORD = "session-test-2026";
    private static final String NEW_PASSWORD = "another-session-test-2026";
    private static final String SECOND_FACTOR_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    AccountLinkService links;

    @Autowired
    AuditService auditService;

    @Autowired
    SessionLimits limits;

    @Autowired
    SessionGuard guard;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    MailLog mailLog;

    @Autowired
    SecondFactorService secondFactors;

    @Autowired
    SecondFactorCodes codes;

    @Autowired
    MutableClock clock;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    ReviewFixture reviewFixture;

    @Autowired
    JuryPanelService panels;

    @Autowired
    AssignmentService assignments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void signOut() {
        testAccounts.signOut();
    }

    @Test
    void a_disabled_jurors_open_session_is_refused_on_its_next_request_and_downloads_no_file() throws Exception {
        var email = account(Role.JURY);
        var jurorId = id(email);
        var file = assignedFile(jurorId);
        var juror = signedIn(email, PASSWORD);
        var before = juror.send(get("/files/review/" + file), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(before.statusCode()).as("the juror's own assigned file, before").isEqualTo(200);

        SystemTask.run(() -> accountService.changeAccess(jurorId, EnumSet.of(Role.JURY), false));

        var after = juror.send(get("/files/review/" + file), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(after.statusCode()).isIn(401, 404);
        assertThat(after.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(new String(after.body(), StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        assertThat(timeLeft(juror).statusCode()).isEqualTo(401);
        assertThat(sessionsEnded(jurorId)).singleElement()
                .satisfies(entry -> assertThat(entry.details()).isEqualTo(email + ": DISABLED"));
    }

    @Test
    void an_account_disabled_in_the_database_around_the_services_is_refused_too() throws Exception {
        var email = account(Role.APPLICANT);
        var session = signedIn(email, PASSWORD);
        assertThat(timeLeft(session).statusCode()).isEqualTo(200);

        jdbc.sql("update user_account set enabled = false where id = ?").param(id(email)).update();

        assertThat(timeLeft(session).statusCode()).isEqualTo(401);
    }

    @Test
    void after_a_password_reset_every_other_session_of_the_account_is_signed_out() throws Exception {
        var email = account(Role.APPLICANT);
        var laptop = signedIn(email, PASSWORD);
        var phone = signedIn(email, PASSWORD);

        links.requestPasswordReset(email);
        var link = RESET_LINK.matcher(mailLog.to(email).getLast().body());
        assertThat(link.find()).isTrue();
        links.resetPassword(link.group(1), NEW_PASSWORD);

        assertThat(timeLeft(laptop).statusCode()).isEqualTo(401);
        assertThat(timeLeft(phone).statusCode()).isEqualTo(401);
        assertThat(timeLeft(signedIn(email, NEW_PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(sessionsEnded(id(email))).singleElement()
                .satisfies(entry -> assertThat(entry.details()).isEqualTo(email + ": PASSWORD_RESET"));
    }

    @Test
    void changing_ones_own_password_ends_the_other_sessions_and_keeps_this_one() throws Exception {
        var email = account(Role.APPLICANT);
        var elsewhere = signedIn(email, PASSWORD);
        testAccounts.signInAs(email);

        accountService.changePassword(PASSWORD, NEW_PASSWORD);

        assertThat(timeLeft(elsewhere).statusCode()).isEqualTo(401);
        assertThat(guard.timeLeft(currentUser.require(), clock.instant())).isPresent();
        assertThat(sessionsEnded(id(email))).singleElement()
                .satisfies(entry -> assertThat(entry.details()).isEqualTo(email + ": PASSWORD_CHANGED"));
    }

    @Test
    void a_role_change_ends_the_sessions_of_that_account() throws Exception {
        var email = account(Role.JURY);
        var session = signedIn(email, PASSWORD);

        SystemTask.run(() -> accountService.changeAccess(id(email), EnumSet.of(Role.JURY, Role.APPLICANT), true));

        assertThat(timeLeft(session).statusCode()).isEqualTo(401);
        assertThat(sessionsEnded(id(email))).singleElement()
                .satisfies(entry -> assertThat(entry.details()).isEqualTo(email + ": ROLES_CHANGED"));
    }

    @Test
    void a_session_ends_at_its_lifetime_however_active_it_stays() throws Exception {
        var session = signedIn(account(Role.APPLICANT), PASSWORD);
        var step = limits.idleTimeout().minusMinutes(1);
        var age = Duration.ZERO;
        while (age.plus(step).compareTo(limits.lifetime()) < 0) {
            clock.advance(step);
            age = age.plus(step);
            assertThat(session.send(get("/"), HttpResponse.BodyHandlers.discarding()).statusCode())
                    .as("a page opened %s after sign-in", age).isEqualTo(200);
        }
        assertThat(timeLeft(session).statusCode()).isEqualTo(200);

        clock.advance(limits.lifetime().minus(age));

        assertThat(timeLeft(session).statusCode()).isEqualTo(401);
    }

    @Test
    void an_idle_session_ends_and_vaadins_heartbeat_does_not_keep_it_open() throws Exception {
        var session = signedIn(account(Role.APPLICANT), PASSWORD);
        var page = session.send(get("/?v-r=init&location="), HttpResponse.BodyHandlers.ofString());
        var ui = UI_ID.matcher(page.body());
        assertThat(ui.find()).as("the UI of an open tab, in %s", page.body()).isTrue();
        clock.advance(limits.idleTimeout().minusMinutes(1));

        var heartbeat = session.send(HttpRequest.newBuilder(uri("/?v-r=heartbeat&v-uiId=" + ui.group(1)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(heartbeat.statusCode()).as("Vaadin's answer to the heartbeat").isEqualTo(200);
        var left = timeLeft(session);
        assertThat(left.statusCode()).isEqualTo(200);
        var idle = IDLE_SECONDS.matcher(left.body());
        assertThat(idle.find()).isTrue();
        assertThat(Long.parseLong(idle.group(1))).as("seconds left idle").isEqualTo(60);

        clock.advance(Duration.ofMinutes(1));

        assertThat(timeLeft(session).statusCode()).isEqualTo(401);
    }

    @Test
    void a_stranger_asking_how_long_a_session_has_left_is_refused() throws Exception {
        assertThat(timeLeft(newClient()).statusCode()).isEqualTo(401);
    }

    private String account(Role role) {
        var email = "session-" + UUID.randomUUID() + "@example.kz";
        SystemTask.run(() -> {
            var created = accountService.create(email, PASSWORD, "Сеанс Тестұлы", EnumSet.of(role), Language.KK);
            accountService.markEmailConfirmed(created.id());
            if (SecondFactorService.isRequiredFor(EnumSet.of(role))) {
                secondFactors.enrolKnownSecret(created.id(), SECOND_FACTOR_SECRET);
            }
        });
        return email;
    }

    private long id(String email) {
        return SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow().id();
    }

    /** A PDF of an application in review, assigned to the juror. */
    private long assignedFile(long jurorId) {
        var setup = reviewFixture.build(new int[]{1}, new int[]{0}, 10);
        long application = setup.panel(0).applications().getFirst();
        long file = TestApplications.attach(context, application, AttachmentKind.PROJECT_DESCRIPTION, "жоба.pdf",
                FileType.PDF, BlindApplicant.pdfNaming("Сапар"));
        SystemTask.run(() -> panels.addMember(setup.id(), setup.panel(0).directionId(), jurorId, 10));
        SystemTask.run(() -> assignments.add(application, jurorId));
        return file;
    }

    private List<AuditEntry> sessionsEnded(long accountId) {
        return SystemTask.run(() -> auditService.search(
                new AuditFilter(AuditAction.SESSIONS_ENDED, "account", accountId, null, null, null),
                PageRequest.of(0, 10)));
    }

    private HttpResponse<String> timeLeft(HttpClient client) throws IOException, InterruptedException {
        return client.send(get(SessionGuard.TIME_LEFT_PATH), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser of its own, signed in through the real form. */
    private HttpClient signedIn(String email, String password) throws IOException, InterruptedException {
        var client = newClient();
        var loginPage = client.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        var token = CSRF_TOKEN.matcher(loginPage.body());
        assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
        var form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        var signIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        var next = client.send(get("/"), HttpResponse.BodyHandlers.discarding());
        if (next.headers().firstValue("Location").filter(location -> location.endsWith("/second-factor")).isPresent()) {
            var codePage = CSRF_TOKEN.matcher(client.send(get("/second-factor"), HttpResponse.BodyHandlers.ofString())
                    .body());
            assertThat(codePage.find()).isTrue();
            var code = "code=" + codes.codeFor(email, SECOND_FACTOR_SECRET) + "&_csrf=" + encode(codePage.group(1));
            var verified = client.send(HttpRequest.newBuilder(uri(SecondFactorSignIn.VERIFY_PATH))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(code))
                    .build(), HttpResponse.BodyHandlers.discarding());
            assertThat(verified.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).doesNotContain("second-factor").doesNotContain("login"));
        }
        return client;
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
