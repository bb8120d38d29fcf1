package kz.urpaq.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** One browser seen over plain HTTP: its own cookies, redirects not followed, headers as given. */
final class HttpVisitor {

    static final String APPLICANT_PASSWORD = "applicant-urpaq-2026";
    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final int port;

    HttpVisitor(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
        var body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, headers)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** The token the sign-in page gives this visitor's session, as the login form would send it. */
    String signInToken() {
        var page = get("/login");
        var token = CSRF_TOKEN.matcher(page.body());
        assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
        return token.group(1);
    }

    /** The sign-in form as a browser posts it from Urpaq's own page. */
    HttpResponse<String> signIn(String email, String password) {
        return postForm("/login", Map.of("username", email, "password", password, "_csrf", signInToken()),
                "Origin", origin(), "Sec-Fetch-Site", "same-origin");
    }

    /** The second step of the sign-in under way, posted as the code page's form posts it. */
    HttpResponse<String> passSecondFactor(String code) {
        return postForm(SecondFactorSignIn.VERIFY_PATH, Map.of(SecondFactorSignIn.CODE_PARAMETER, code,
                "_csrf", signInToken()), "Origin", origin(), "Sec-Fetch-Site", "same-origin");
    }

    /** Whether a page for signed-in people opens, rather than sending this visitor to sign in. */
    boolean isSignedIn() {
        var page = get("/applications");
        assertThat(page.statusCode()).isIn(200, 302);
        return page.statusCode() == 200;
    }

    /** The session cookie's value: a sign-in must change it. */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue)
                .findFirst().orElse("");
    }

    String origin() {
        return "http://localhost:" + port;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(origin() + path));
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
