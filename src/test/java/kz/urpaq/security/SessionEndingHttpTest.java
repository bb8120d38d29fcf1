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
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final Map<HttpClient, CookieManager> cookieJars = new IdentityHashMap<>();

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
    void a_session_whose_instance_is_gone_goes_on_from_its_key_without_a_password() throws Exception {
        var email = account(Role.APPLICANT);
        var browser = signedIn(email, PASSWORD);
        assertThat(page(browser, "/applications").statusCode()).isEqualTo(200);
        var key = cookie(browser, SessionKeyFilter.COOKIE).orElseThrow();
        var before = cookie(browser, "JSESSIONID").orElseThrow();
        clock.advance(Duration.ofMinutes(5));

        forgetSession(browser);

        assertThat(page(browser, "/applications").statusCode()).as("the same page, on a session taken up again")
                .isEqualTo(200);
        assertThat(cookie(browser, "JSESSIONID")).hasValueSatisfying(id -> assertThat(id).isNotEqualTo(before));
        assertThat(cookie(browser, SessionKeyFilter.COOKIE)).contains(key);
        assertThat(timeLeft(browser).statusCode()).isEqualTo(200);
        assertThat(securityRecords(id(email), AuditAction.SESSION_RESUMED)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from session_key where key_hash = ?").param(AccountTokens.hash(key))
                .query(Long.class).single()).as("only the key's hash is stored").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from session_key where key_hash = ?").param(key)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_key_serves_only_while_its_session_could_have_gone_on() throws Exception {
        var idle = signedIn(account(Role.APPLICANT), PASSWORD);
        var reset = signedIn(account(Role.APPLICANT), PASSWORD);
        var old = signedIn(account(Role.APPLICANT), PASSWORD);
        jdbc.sql("update user_account set session_stamp = session_stamp + 1 where email = ?")
                .param(cookieOwner(reset)).update();
        var step = limits.idleTimeout().minusMinutes(2);
        var age = Duration.ZERO;
        while (age.plus(step).compareTo(limits.lifetime()) < 0) {
            clock.advance(step);
            age = age.plus(step);
            assertThat(page(old, "/applications").statusCode()).isEqualTo(200);
        }
        clock.advance(limits.lifetime().minus(age));

        for (var browser : List.of(idle, reset, old)) {
            forgetSession(browser);
            assertThat(page(browser, "/applications").statusCode()).as("a page for applicants").isEqualTo(302);
            assertThat(cookie(browser, SessionKeyFilter.COOKIE)).as("the key, forgotten").isEmpty();
        }
    }

    @Test
    void a_juror_gets_a_key_only_once_the_second_factor_is_given_and_it_keeps_the_factor() throws Exception {
        var email = account(Role.JURY);
        var browser = newClient();
        var loginPage = CSRF_TOKEN.matcher(browser.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(loginPage.find()).isTrue();
        browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password=" + encode(PASSWORD)
                        + "&_csrf=" + encode(loginPage.group(1))))
                .build(), HttpResponse.BodyHandlers.discarding());
        browser.send(get("/"), HttpResponse.BodyHandlers.discarding());
        assertThat(cookie(browser, SessionKeyFilter.COOKIE)).as("a key before the code").isEmpty();

        var juror = signedIn(email, PASSWORD);
        assertThat(page(juror, "/reviews").statusCode()).isEqualTo(200);
        assertThat(cookie(juror, SessionKeyFilter.COOKIE)).isPresent();
        forgetSession(juror);

        assertThat(page(juror, "/reviews").statusCode()).as("the juror's page, without a new code").isEqualTo(200);
    }

    @Test
    void a_key_nobody_issued_opens_nothing_and_is_forgotten() throws Exception {
        var stranger = newClient();
        var forged = new HttpCookie(SessionKeyFilter.COOKIE, AccountTokens.unguessable());
        forged.setPath("/");
        forged.setVersion(0);
        cookieJars.get(stranger).getCookieStore().add(uri("/"), forged);

        var refused = page(stranger, "/applications");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().allValues("Set-Cookie")).as("the answer tells the browser to forget the key")
                .anySatisfy(header -> assertThat(header).startsWith(SessionKeyFilter.COOKIE + "=;").contains("Max-Age=0"));
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

    private HttpResponse<Void> page(HttpClient client, String path) throws IOException, InterruptedException {
        return client.send(get(path), HttpResponse.BodyHandlers.discarding());
    }

    private String cookieOwner(HttpClient client) {
        var key = cookie(client, SessionKeyFilter.COOKIE).orElseThrow();
        return jdbc.sql("select a.email from session_key k join user_account a on a.id = k.account_id where k.key_hash = ?")
                .param(AccountTokens.hash(key)).query(String.class).single();
    }

    private List<AuditEntry> securityRecords(long accountId, AuditAction action) {
        return SystemTask.run(() -> auditService.search(
                new AuditFilter(action, "account", accountId, null, null, null), PageRequest.of(0, 10)));
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

    private HttpClient newClient() {
        var cookies = new CookieManager();
        var client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        cookieJars.put(client, cookies);
        return client;
    }

    private Optional<String> cookie(HttpClient client, String name) {
        return cookieJars.get(client).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name) && !cookie.hasExpired())
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** The browser as the other instance sees it: its session cookie names a session nobody there holds. */
    private void forgetSession(HttpClient client) {
        var store = cookieJars.get(client).getCookieStore();
        store.getCookies().stream().filter(cookie -> cookie.getName().equals("JSESSIONID")).toList()
                .forEach(cookie -> store.getURIs().forEach(uri -> store.remove(uri, cookie)));
        assertThat(cookie(client, "JSESSIONID")).isEmpty();
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
