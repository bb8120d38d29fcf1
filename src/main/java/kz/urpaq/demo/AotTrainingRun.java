package kz.urpaq.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The workload of the JDK's AOT cache training (src/main/ops/aot-cache.sh, docs/decisions/035). With
 * {@code urpaq.aot.training=true}, once the demo is in place, it does what the first minute after a
 * production start is full of: a demo applicant signs in and opens their draft, over HTTP as a
 * browser's first visit does (the sign-in form, the password check, the UI's init, the navigation
 * that builds the form, the browser's second message), {@code urpaq.aot.training-rounds} times. Then
 * it stops the JVM, which writes the cache with the classes these requests loaded and linked and the
 * methods' profiles, so a production start begins with them instead of learning them from its first
 * applicants. A failing round is logged and ends the workload; the cache then holds what ran so far.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "urpaq.aot.training", havingValue = "true")
class AotTrainingRun {

    private static final Logger log = LoggerFactory.getLogger(AotTrainingRun.class);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(\\d+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final JdbcClient jdbc;
    private final Environment environment;
    private final ConfigurableApplicationContext context;
    private final int rounds;

    AotTrainingRun(JdbcClient jdbc, Environment environment, ConfigurableApplicationContext context,
                   @Value("${urpaq.aot.training-rounds:40}") int rounds) {
        this.jdbc = jdbc;
        this.environment = environment;
        this.context = context;
        this.rounds = rounds;
    }

    @EventListener(ApplicationReadyEvent.class)
    void train() {
        var started = System.nanoTime();
        var done = 0;
        try {
            var base = "http://localhost:" + environment.getRequiredProperty("local.server.port");
            var route = "applications/" + jdbc.sql("""
                    select a.id from application a join user_account u on u.id = a.applicant_id
                    where u.email = :email and a.status = 'DRAFT' order by a.id""")
                    .param("email", DemoData.TWO_ROUNDS_EMAIL).query(Long.class).list().getFirst();
            for (; done < rounds; done++) {
                firstVisit(base, route);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("AOT training: round {} failed; the cache holds what ran before it", done + 1, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("AOT training: {} rounds of sign-in and opening a draft in {} ms; stopping", done,
                (System.nanoTime() - started) / 1_000_000);
        Thread.ofPlatform().start(() -> System.exit(SpringApplication.exit(context, () -> 0)));
    }

    /** Signs in, opens the draft's form and answers it as Chromium does; throws if any step is refused. */
    private static void firstVisit(String base, String route) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();
        var csrf = find(CSRF, send(http, get(base + "/login")).body(), "the sign-in form's CSRF token");
        var signIn = send(http, HttpRequest.newBuilder(URI.create(base + "/login")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(DemoData.TWO_ROUNDS_EMAIL)
                        + "&password=" + encode(DemoData.APPLICANT_PASSWORD) + "&_csrf=" + encode(csrf))).build());
        var location = signIn.headers().firstValue("Location").orElse("");
        if (signIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("the sign-in was refused: " + signIn.statusCode() + " " + location);
        }
        var init = send(http, get(base + "/?v-r=init&location=" + encode(route) + "&query=")).body();
        var key = find(SECURITY_KEY, init, "the UI's security key");
        var uidl = base + "/?v-r=uidl&v-uiId=" + find(UI_ID, init, "the UI's id");
        var rendered = send(http, post(uidl, """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(key, route))).body();
        if (rendered.contains("\"appError\"") || rendered.length() < 2_000) {
            throw new IllegalStateException("the form did not open: " + rendered.substring(0, Math.min(300, rendered.length())));
        }
        send(http, post(uidl, "{\"csrfToken\":\"%s\",\"rpc\":[],\"syncId\":%s,\"clientId\":%s}".formatted(key,
                find(SYNC_ID, rendered, "the answer's syncId"), find(CLIENT_ID, rendered, "the answer's clientId"))));
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
    }

    private static HttpRequest post(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(request.uri().getPath() + " answered " + response.statusCode());
        }
        return response;
    }

    private static String find(Pattern pattern, String text, String what) {
        var matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
