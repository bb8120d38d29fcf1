package kz.urpaq.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Drives Debian's Chromium through Playwright: one browser per test class, a fresh context
 * (cookies, storage, viewport) per test, handed to the test method as a {@link Page} or
 * {@link BrowserContext} parameter.
 *
 * <p>Playwright's own browser download cannot work on these machines, so the extension launches
 * {@code /usr/bin/chromium} (or {@code CHROMIUM_PATH}). Without it the tests are skipped on a
 * developer's machine, but fail on CI ({@code CI=true}), where skipping would hide them.
 */
public final class ChromiumExtension implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final int DESKTOP_WIDTH = 1280;
    public static final int PHONE_WIDTH = 360;

    private static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ChromiumExtension.class);

    /** Skips the class before Spring starts the app for it, so a skip costs nothing. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (chromiumIsMissing() && !onCi()) {
            var reason = "skipped, " + missingReason();
            System.out.println(context.getDisplayName() + ": " + reason);
            return ConditionEvaluationResult.disabled(reason);
        }
        return ConditionEvaluationResult.enabled("Chromium at " + chromiumExecutable());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (chromiumIsMissing()) {
            Assertions.fail("Browser tests must run on CI (CI=true), but there is " + missingReason());
        }
        var executable = chromiumExecutable();
        var playwright = context.getRoot().getStore(NAMESPACE).computeIfAbsent(PlaywrightDriver.class,
                key -> new PlaywrightDriver(), PlaywrightDriver.class);
        var browser = playwright.playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
        context.getStore(NAMESPACE).put(Browser.class, new OpenBrowser(browser));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        var browser = context.getStore(NAMESPACE).get(Browser.class, OpenBrowser.class);
        var browserContext = browser.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(DESKTOP_WIDTH, 800)
                .setTimezoneId("Asia/Almaty"));
        browserContext.setDefaultTimeout(15_000);
        var blocked = new BlockedByPolicy();
        browserContext.addInitScript(BlockedByPolicy.REPORT_VIOLATIONS);
        var page = browserContext.newPage();
        page.onConsoleMessage(blocked::note);
        context.getStore(NAMESPACE).put(BrowserContext.class, browserContext);
        context.getStore(NAMESPACE).put(Page.class, page);
        context.getStore(NAMESPACE).put(BlockedByPolicy.class, blocked);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        var store = context.getStore(NAMESPACE);
        var browserContext = store.remove(BrowserContext.class, BrowserContext.class);
        var page = store.remove(Page.class, Page.class);
        var blocked = store.remove(BlockedByPolicy.class, BlockedByPolicy.class);
        try {
            if (context.getExecutionException().isPresent() && page != null && !page.isClosed()) {
                screenshot(page, "FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            }
        } finally {
            if (browserContext != null) {
                browserContext.close();
            }
        }
        if (blocked != null && context.getExecutionException().isEmpty()) {
            blocked.assertNone();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        var type = parameter.getParameter().getType();
        return type == Page.class || type == BrowserContext.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).get(parameter.getParameter().getType());
    }

    /**
     * Saves a full-page screenshot as {@code target/screenshots/NAME.png} and returns its path.
     * Vaadin's AppLayout scrolls its content inside a shadow-DOM part, not the document, so
     * Playwright's full-page option alone would stop at the viewport: the viewport is stretched
     * to the tallest scrolling content for the shot and put back afterwards.
     */
    public static Path screenshot(Page page, String name) {
        var file = SCREENSHOTS.resolve(name + ".png");
        var viewport = page.viewportSize();
        var hidden = ((Number) page.evaluate(HIDDEN_HEIGHT)).intValue();
        if (hidden > 0) {
            page.setViewportSize(viewport.width, viewport.height + hidden);
        }
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        } finally {
            if (hidden > 0) {
                page.setViewportSize(viewport.width, viewport.height);
            }
        }
        return file;
    }

    /** How much taller than its box the tallest vertical scroller is, shadow roots included. */
    private static final String HIDDEN_HEIGHT = """
            () => {
              let hidden = 0;
              const visit = root => root.querySelectorAll('*').forEach(element => {
                if (/auto|scroll/.test(getComputedStyle(element).overflowY)) {
                  hidden = Math.max(hidden, element.scrollHeight - element.clientHeight);
                }
                if (element.shadowRoot) visit(element.shadowRoot);
              });
              visit(document);
              return hidden;
            }""";

    private static boolean chromiumIsMissing() {
        return !Files.isExecutable(chromiumExecutable());
    }

    private static String missingReason() {
        return "no Chromium at " + chromiumExecutable() + " (install Debian's chromium or set CHROMIUM_PATH)";
    }

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static Path chromiumExecutable() {
        var configured = System.getenv("CHROMIUM_PATH");
        return Path.of(configured == null || configured.isBlank() ? DEFAULT_CHROMIUM : configured);
    }

    /**
     * What the Content-Security-Policy blocked on any page of one test: a test passes only if the
     * policy blocked nothing, so a policy too strict for Vaadin fails the browser tests.
     */
    private static final class BlockedByPolicy {

        static final String MARK = "Blocked by the Content-Security-Policy: ";
        /** Runs in every document before its own scripts; the event reaches the document from shadow roots too. */
        static final String REPORT_VIOLATIONS = """
                document.addEventListener('securitypolicyviolation', event => console.error(
                    '%s' + event.effectiveDirective + ' refused ' + (event.blockedURI || 'inline')
                    + ' at ' + event.sourceFile + ':' + event.lineNumber));""".formatted(MARK);

        private final List<String> violations = new CopyOnWriteArrayList<>();

        void note(ConsoleMessage message) {
            if (message.type().equals("error") && (message.text().startsWith(MARK)
                    || message.text().contains("Content Security Policy"))) {
                violations.add(message.text());
            }
        }

        void assertNone() {
            if (!violations.isEmpty()) {
                Assertions.fail(String.join(System.lineSeparator(), violations));
            }
        }
    }

    /** The Playwright driver (a Node process) is shared by every test class of the run. */
    private static final class PlaywrightDriver implements AutoCloseable {
        final Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));

        @Override
        public void close() {
            playwright.close();
        }
    }

    private record OpenBrowser(Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            browser.close();
        }
    }
}
