package kz.urpaq.submission.attachment;

import kz.urpaq.submission.TestApplications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The download address over real HTTP: signed out, signed in as the owner, signed in as someone else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AttachmentDownloadHttpTest {

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String PASSWORD = "applicant-urpaq-2026";
    private static final String NAME = "<script>alert(1)</script> \"Жоба\".pdf";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private byte[] pdf;
    private long fileId;

    @BeforeEach
    void aruzhanHasAFile() {
        var competition = TestApplications.competition(context);
        var draft = TestApplications.draft(context, competition, "aruzhan@urpaq.local");
        pdf = TestFiles.pdf();
        fileId = TestApplications.attach(context, draft, AttachmentKind.PROJECT_DESCRIPTION, NAME, FileType.PDF, pdf);
    }

    @Test
    void a_signed_out_request_is_sent_to_sign_in_and_gets_no_bytes() throws Exception {
        var response = newClient().send(get("/files/" + fileId), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isIn(302, 401);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/login"));
        }
        assertThat(response.body()).doesNotContain(pdf);
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
    }

    @Test
    void the_owner_downloads_the_file_with_headers_that_keep_browsers_safe() throws Exception {
        var client = signedIn("aruzhan@urpaq.local");

        var response = client.send(get("/files/" + fileId), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(pdf);
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(headers.firstValue("Content-Length")).hasValue(String.valueOf(pdf.length));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.allValues("Cache-Control")).containsExactly("private, no-store");
        assertThat(headers.firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"project-description-" + fileId + ".pdf\"; filename*=UTF-8''"
                        + "%3Cscript%3Ealert%281%29%3C%2Fscript%3E%20%22%D0%96%D0%BE%D0%B1%D0%B0%22.pdf");
    }

    @Test
    void another_applicant_gets_not_found_and_learns_nothing_about_the_file() throws Exception {
        var client = signedIn("daniyar@urpaq.local");

        var response = client.send(get("/files/" + fileId), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(response.body()).doesNotContain("script", "Жоба", "project-description");
    }

    private HttpClient signedIn(String email) throws IOException, InterruptedException {
        var client = newClient();
        var loginPage = client.send(get("/login"), HttpResponse.BodyHandlers.ofString());
        var token = CSRF_TOKEN.matcher(loginPage.body());
        assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
        var form = "username=" + encode(email) + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(token.group(1));
        var signIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
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
