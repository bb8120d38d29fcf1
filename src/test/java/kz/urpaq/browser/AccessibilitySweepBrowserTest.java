package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.certificate.CertificateService;
import kz.urpaq.demo.FinishedCompetitionDemo;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static kz.urpaq.browser.ChromiumExtension.DESKTOP_WIDTH;
import static kz.urpaq.browser.ChromiumExtension.PHONE_WIDTH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route, for each role that can open it, with real ids from the demo data, in one pass:
 * Kazakh at 360 and 1280 px, Russian and English at 360 px. Each page is loaded once per language
 * and checked at each width for
 * <ul>
 * <li>axe-core 4.11 (WCAG 2.0, 2.1 and 2.2 A and AA rules): no violation of any impact;</li>
 * <li>at 360 px, nothing wider than the screen: neither the document nor AppLayout's content
 * part, which scrolls on its own (WCAG 1.4.10);</li>
 * <li>at 1280 px, no grid cell whose text is cut off (its scrollWidth beyond its clientWidth);</li>
 * <li>a title ending in " · Urpaq" and {@code <html lang>} in the page's language.</li>
 * </ul>
 * One browser for the class, one signed-in page per role; the language is switched with the
 * page's own switch, so {@code <html lang>} is checked after switching as well. The table of
 * route × role × language × width is printed and saved as target/accessibility-sweep.md
 * (docs/accessibility.md records a run).
 */
class AccessibilitySweepBrowserTest extends BrowserTestSupport {

    private static final String AXE_TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']";
    private static final String SUFFIX = " · Urpaq";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CertificateService certificates;

    private record Route(String path, String name, @org.jspecify.annotations.Nullable String screenshot) {
        Route(String path, String name) {
            this(path, name, null);
        }
    }

    private record Row(String route, String role, Language language, int width, List<String> problems) {
    }

    @Test
    void every_route_passes_axe_fits_a_phone_and_cuts_no_grid_cell_in_every_language(Page page) {
        page.context().addInitScript(axeScript());
        // The same pass records every request: no page may load anything from another origin (SPEC §15).
        var foreign = recordForeignRequests(page.context());
        axeFindsAMissingAlternativeText(page);
        aForeignRequestIsRecorded(page);
        var rows = new ArrayList<Row>();
        for (var role : roles().entrySet()) {
            // Leave the last page first: signed out under it, its session watch would reload it and
            // abort the navigation to the sign-in page (net::ERR_ABORTED).
            page.navigate("about:blank");
            page.context().clearCookies();
            var credentials = role.getKey().split(" ");
            if (credentials.length == 2) {
                try {
                    signIn(page, credentials[0], credentials[1]);
                } catch (AssertionError | RuntimeException e) {
                    System.out.println("sign-in of " + credentials[0] + " ended at " + page.url() + ": "
                            + page.locator("body").innerText().replace('\n', ' '));
                    throw e;
                }
            }
            var roleName = credentials.length == 2 ? credentials[0].substring(0, credentials[0].indexOf('@')) : "visitor";
            for (var language : List.of(Language.KK, Language.RU, Language.EN)) {
                switchLanguage(page, role.getValue().getFirst().path(), language);
                var widths = language == Language.KK ? new int[] {PHONE_WIDTH, DESKTOP_WIDTH} : new int[] {PHONE_WIDTH};
                for (var route : role.getValue()) {
                    page.setViewportSize(widths[0], 800);
                    page.navigate(url(route.path()));
                    assertThat(page.locator("html[lang='" + language.code() + "']")).isAttached();
                    waitForVaadin(page);
                    for (var width : widths) {
                        if (page.viewportSize().width != width) {
                            page.setViewportSize(width, 800);
                            waitForVaadin(page);
                            page.waitForTimeout(300);
                        }
                        var row = new Row(route.name(), roleName, language, width, check(page, language, width));
                        if (language == Language.KK && width == PHONE_WIDTH && route.screenshot() != null) {
                            ChromiumExtension.screenshot(page, route.screenshot());
                        }
                        rows.add(row);
                        System.out.print(table(List.of(row)).lines().skip(2).findFirst().orElseThrow() + "\n");
                    }
                }
            }
            if (credentials.length == 2) {
                // The demo accounts speak Kazakh again for the tests that follow.
                switchLanguage(page, role.getValue().getFirst().path(), Language.KK);
            }
        }
        var table = table(rows);
        System.out.println(table);
        try {
            Files.createDirectories(ChromiumExtension.SCREENSHOTS.getParent());
            Files.writeString(ChromiumExtension.SCREENSHOTS.getParent().resolve("accessibility-sweep.md"), table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(foreign).as("requests to another origin (page → request)").isEmpty();
        var problems = rows.stream().filter(row -> !row.problems().isEmpty())
                .map(row -> row.route() + " " + row.role() + " " + row.language().code() + " " + row.width() + ": "
                        + String.join("; ", row.problems()))
                .toList();
        assertThat(problems)
                .as("accessibility problems (route, role, language, width)").isEmpty();
    }

    /**
     * A first visit with an empty cache: what the landing page and the login page transfer until
     * Vaadin is idle, from the browser's performance entries (the document and every resource).
     */
    @Test
    void a_cold_landing_page_and_login_page_are_light(Page page) {
        for (var path : List.of("", "login")) {
            // A context of its own for each: an empty cache, as on a first visit.
            var cold = page.context().browser().newContext();
            measure(cold.newPage(), path);
            cold.close();
        }
    }

    private void measure(Page page, String path) {
        {
            page.navigate(url(path));
            waitForVaadin(page);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            var bytes = ((Number) page.evaluate("""
                    () => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                        .reduce((sum, entry) => sum + (entry.transferSize || 0), 0)""")).longValue();
            var requests = ((Number) page.evaluate("() => performance.getEntriesByType('resource').length + 1")).intValue();
            var largest = page.evaluate("""
                    () => performance.getEntriesByType('resource').sort((a, b) => b.transferSize - a.transferSize)
                        .slice(0, 4).map(e => e.name.replace(location.origin, '') + ' ' + Math.round(e.transferSize / 1024) + ' KiB')
                        .join(', ')""");
            System.out.printf("cold /%s: %d requests, %d KiB transferred; largest: %s%n", path, requests, bytes / 1024,
                    largest);
            // Development mode (the browser tests') serves Vaadin's unminified bundle: this budget only
            // guards against growth; the 300 KiB goal is for the production jar (docs/accessibility.md).
            assertThat(bytes / 1024).as("KiB a cold /%s transfers in development mode", path).isBetween(1L, 3_000L);
        }
    }

    /**
     * Every request any page of the context makes to another origin, as "page → request": fonts,
     * scripts, images, analytics. data: and blob: URLs stay in the browser.
     */
    private java.util.Queue<String> recordForeignRequests(com.microsoft.playwright.BrowserContext context) {
        var origin = url("").replaceAll("/$", "");
        var foreign = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        context.onRequest(request -> {
            var target = request.url();
            if (!target.startsWith(origin + "/") && !target.equals(origin) && !target.startsWith("data:")
                    && !target.startsWith("blob:") && !target.startsWith("about:")) {
                foreign.add(request.frame().url() + " → " + target);
            }
        });
        return foreign;
    }

    /**
     * The check can fail: an image from another origin put into a page is recorded. In a browser of
     * its own, whose Content-Security-Policy report (the policy blocks the image too) fails no test.
     */
    private void aForeignRequestIsRecorded(Page page) {
        try (var probeContext = page.context().browser().newContext()) {
            var probe = probeContext.newPage();
            var foreign = recordForeignRequests(probeContext);
            probe.navigate(url("accessibility"));
            waitForVaadin(probe);
            probe.evaluate("() => { new Image().src = 'https://foreign.invalid/probe.png'; }");
            probe.waitForCondition(() -> foreign.stream().anyMatch(request -> request.contains("foreign.invalid/probe.png")));
        }
    }

    /** The check can fail: axe finds an image without a text alternative put into a page. */
    private void axeFindsAMissingAlternativeText(Page page) {
        page.navigate(url("accessibility"));
        waitForVaadin(page);
        page.evaluate("() => document.getElementById('main-content').insertAdjacentHTML('beforeend', '<img id=\"axe-probe\" src=\"images/emblem.svg\">')");
        var problems = check(page, Language.KK, DESKTOP_WIDTH);
        assertThat(problems).anyMatch(problem -> problem.startsWith("image-alt"));
    }

    /** The routes each role can open, with the demo's real ids; the first is where the language is switched. */
    private Map<String, List<Route>> roles() {
        long finished = competitionId(FinishedCompetitionDemo.CODE);
        long inReview = competitionId("TU-2026-D");
        long open = competitionService.current().orElseThrow().id();
        var verifyPath = URI.create(SystemTask.run(() -> certificates.sampleVerificationUrl(finished)).orElseThrow())
                .getPath().substring(1);
        long application = jdbc.sql("""
                select a.id from application a join user_account u on u.id = a.applicant_id
                where u.email = :email order by a.id limit 1""").param("email", APPLICANT_EMAIL).query(Long.class).single();
        long assignment = jdbc.sql("""
                select r.id from review_assignment r join user_account u on u.id = r.juror_id
                where u.email = :email and r.competition_id = :competition order by r.id limit 1""")
                .param("email", JUROR_EMAIL).param("competition", inReview).query(Long.class).single();
        long scored = jdbc.sql("select application_id from review_assignment where competition_id = :id order by id limit 1")
                .param("id", inReview).query(Long.class).single();
        long conversation = jdbc.sql("select application_id from application_message where competition_id = :id "
                + "order by id limit 1").param("id", finished).query(Long.class).single();
        long reported = jdbc.sql("select min(grant_id) from grant_report where state = 'RETURNED'").query(Long.class)
                .single();
        long summarised = jdbc.sql("select min(grant_id) from grant_report where kind = 'FINAL' and state = 'ACCEPTED'")
                .query(Long.class).single();
        var visitor = List.of(
                new Route("", "/"),
                new Route("login", "/login"),
                new Route("register", "/register"),
                new Route("forgot-password", "/forgot-password"),
                new Route("c/TU-2026-RK", "/c/{code}"),
                new Route("results/" + finished, "/results/{id}"),
                new Route("projects/" + summarised, "/projects/{id}"),
                new Route(verifyPath, "/verify/{code}"),
                new Route("verify", "/verify (no code)"),
                new Route("accessibility", "/accessibility"),
                new Route("privacy", "/privacy"),
                new Route("guardian-consent/" + "x".repeat(43), "/guardian-consent/{token} (used)"),
                new Route("grant-guardian/" + "x".repeat(43), "/grant-guardian/{token} (used)"),
                new Route("no-such-page", "not found"));
        var map = new java.util.LinkedHashMap<String, List<Route>>();
        map.put(APPLICANT_EMAIL + " " + APPLICANT_PASSWORD, List.of(
                new Route("applications", "/applications"),
                new Route("applications/" + application, "/applications/{id}", "a11y-application-form-kk-360"),
                new Route("profile", "/profile"),
                new Route("certificates", "/certificates"),
                new Route("grants", "/grants"),
                new Route("profile/data", "/profile/data"),
                new Route("account/security", "/account/security")));
        map.put(JUROR_EMAIL + " " + JUROR_PASSWORD, List.of(
                new Route("reviews", "/reviews"),
                new Route("reviews/" + assignment, "/reviews/{id}"),
                new Route("certificates", "/certificates"),
                new Route("account/security", "/account/security")));
        map.put(ADMIN_EMAIL + " " + ADMIN_PASSWORD, List.of(
                new Route("admin/competitions", "/admin/competitions"),
                new Route("admin/competitions/" + open, "/admin/competitions/{id}"),
                new Route("admin/competitions/" + open + "/screening", "…/{id}/screening"),
                new Route("admin/competitions/" + inReview + "/panels", "…/{id}/panels", "a11y-panels-kk-360"),
                new Route("admin/competitions/" + inReview + "/assignment", "…/{id}/assignment"),
                new Route("admin/applications/" + scored + "/scores", "/admin/applications/{id}/scores"),
                new Route("admin/competitions/" + finished + "/results", "…/{id}/results"),
                new Route("admin/competitions/" + finished + "/certificates", "…/{id}/certificates"),
                new Route("admin/competitions/" + finished + "/dashboard", "…/{id}/dashboard"),
                new Route("admin/competitions/" + finished + "/appeals", "…/{id}/appeals"),
                new Route("admin/competitions/" + finished + "/grants", "…/{id}/grants"),
                new Route("admin/competitions/" + finished + "/messages", "…/{id}/messages"),
                new Route("applications/" + conversation + "/messages", "/applications/{id}/messages"),
                new Route("admin/grants/" + reported + "/reports", "/admin/grants/{id}/reports"),
                new Route("admin/users", "/admin/users"),
                new Route("admin/audit", "/admin/audit"),
                new Route("account/security", "/account/security")));
        map.put(PLATFORM_EMAIL + " " + ADMIN_PASSWORD, List.of(
                new Route("platform/organisers", "/platform/organisers"),
                new Route("admin/mail", "/admin/mail"),
                new Route("admin/privacy", "/admin/privacy")));
        map.put("visitor", visitor);
        return map;
    }

    private long competitionId(String code) {
        return jdbc.sql("select id from competition where code = :code").param("code", code).query(Long.class).single();
    }

    /** Picks the language with the page's own switch, as a person does; the page reloads in it. */
    private void switchLanguage(Page page, String path, Language language) {
        page.setViewportSize(DESKTOP_WIDTH, 800);
        page.navigate(url(path));
        var selector = page.locator(".language-selector").first();
        assertThat(selector).isVisible();
        if (page.locator("html[lang='" + language.code() + "']").count() == 0) {
            selector.click();
            page.locator("vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(language.nativeName())).first().click();
        }
        assertThat(page.locator("html[lang='" + language.code() + "']")).isAttached();
        assertThat(page.locator(".language-selector vaadin-select-value-button")).hasText(language.nativeName());
    }

    private static List<String> check(Page page, Language language, int width) {
        var problems = new ArrayList<String>();
        var title = page.title();
        if (!title.endsWith(SUFFIX) || title.length() <= SUFFIX.length()) {
            problems.add("title \"" + title + "\"");
        }
        var lang = page.evaluate("() => document.documentElement.lang");
        if (!language.code().equals(lang)) {
            problems.add("html lang \"" + lang + "\"");
        }
        @SuppressWarnings("unchecked")
        var violations = (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']});
                  return result.violations.map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + '): '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' > ')).join(' | '));
                }""".formatted(AXE_TAGS));
        problems.addAll(violations);
        if (width == PHONE_WIDTH) {
            try {
                page.waitForFunction(FITS, null, new Page.WaitForFunctionOptions().setTimeout(3_000));
            } catch (com.microsoft.playwright.TimeoutError stillOverflowing) {
                problems.add("sideways overflow: " + page.evaluate(WIDEST));
            }
        } else {
            @SuppressWarnings("unchecked")
            var cut = (List<String>) page.evaluate("""
                    () => [...document.querySelectorAll('vaadin-grid-cell-content')]
                        .filter(cell => cell.clientWidth > 0 && cell.textContent.trim()
                            && cell.scrollWidth > cell.clientWidth + 1)
                        .slice(0, 5).map(cell => '"' + cell.textContent.trim().slice(0, 30) + '"')""");
            if (!cut.isEmpty()) {
                problems.add("grid cells cut off: " + String.join(", ", cut));
            }
        }
        return problems;
    }

    private static final String FITS = """
            () => {
              const content = document.querySelector('vaadin-app-layout')?.shadowRoot?.querySelector('[part~=content]');
              return document.documentElement.scrollWidth <= window.innerWidth
                  && (!content || content.scrollWidth <= content.clientWidth);
            }""";

    /** The outermost elements that reach past the screen's right edge and that nothing clips. */
    private static final String WIDEST = """
            () => {
              const up = e => e.parentNode instanceof ShadowRoot ? e.parentNode.host : e.parentElement;
              const clipped = e => {
                for (let a = up(e); a && a !== document.documentElement; a = up(a)) {
                  if (getComputedStyle(a).overflowX !== 'visible' && a.getBoundingClientRect().right <= window.innerWidth + 1
                      && a.tagName !== 'BODY') return true;
                }
                return false;
              };
              const all = [];
              const walk = root => root.querySelectorAll('*').forEach(e => {
                all.push(e);
                if (e.shadowRoot) walk(e.shadowRoot);
              });
              walk(document);
              return all.filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(e))
                  .slice(0, 4).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                      + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
                  .join(' / ');
            }""";

    private static String table(List<Row> rows) {
        var out = new StringBuilder("| route | role | language | width | violations |\n|---|---|---|---|---|\n");
        for (var row : rows) {
            out.append("| ").append(row.route()).append(" | ").append(row.role()).append(" | ")
                    .append(row.language().code()).append(" | ").append(row.width()).append(" | ")
                    .append(row.problems().isEmpty() ? "0" : row.problems().size() + ": "
                            + String.join("; ", row.problems()).replace("|", "/")).append(" |\n");
        }
        return out.toString();
    }

    private static String axeScript() {
        try (InputStream in = AccessibilitySweepBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js (com.deque.html.axe-core:playwright) is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
