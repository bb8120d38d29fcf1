package kz.urpaq.browser;

import com.microsoft.playwright.Page;
import kz.urpaq.base.i18n.Language;
import kz.urpaq.demo.FinishedCompetitionDemo;
import kz.urpaq.review.AssignmentService;
import kz.urpaq.review.JuryPanelService;
import kz.urpaq.review.ReviewFixture;
import kz.urpaq.security.Role;
import kz.urpaq.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The keyboard alone, at 360 px: the skip link leads to the content; sign-in, a failed
 * registration, the applicant's form, a juror's score sheet and the organiser's results page are
 * worked through with Tab, typing and Enter; whatever has focus is never covered by anything
 * (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.11).
 */
class KeyboardBrowserTest extends BrowserTestSupport {

    private static final String PASSWORD = "keyboard-test-2026";
    private static final int MAX_TABS = 80;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    JuryPanelService panels;

    @Autowired
    AssignmentService assignments;

    /** The focused element, through shadow roots: its id, tag and whether anything covers its middle. */
    private static final String FOCUSED = """
            () => {
              let element = document.activeElement;
              while (element && element.shadowRoot && element.shadowRoot.activeElement) {
                element = element.shadowRoot.activeElement;
              }
              if (!element || element === document.body) return {tag: 'body', id: '', covered: false};
              const box = element.getBoundingClientRect();
              const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
              const y = Math.min(Math.max(box.top + Math.min(box.height, 40) / 2, 0), window.innerHeight - 1);
              let top = document.elementFromPoint(x, y);
              while (top && top.shadowRoot && top.shadowRoot.elementFromPoint(x, y) && top.shadowRoot.elementFromPoint(x, y) !== top) {
                top = top.shadowRoot.elementFromPoint(x, y);
              }
              const related = (a, b) => {
                for (let n = a; n; n = n.parentNode || n.host) if (n === b) return true;
                return false;
              };
              const host = element.getRootNode().host;
              const covered = !!top && !related(top, element) && !related(element, top)
                  && !(host && (related(top, host) || related(host, top)));
              // The id a test gave: the element's own, or its field's (Vaadin numbers its inner inputs).
              const given = id => id && !/^(input|textarea)-vaadin|^ROOT-/.test(id);
              let owner = element;
              while (owner && !given(owner.id) && (owner.parentNode || owner.getRootNode().host)) {
                owner = owner.parentNode instanceof ShadowRoot ? owner.parentNode.host : owner.parentNode;
              }
              return {tag: element.tagName.toLowerCase(), id: owner && given(owner.id) ? owner.id : '',
                  covered, by: covered && top ? top.tagName.toLowerCase() + '.' + top.className : ''};
            }""";

    @Test
    void the_skip_link_leads_to_the_content_and_sign_in_and_registration_work_with_keys(Page page) {
        page.setViewportSize(ChromiumExtension.PHONE_WIDTH, 740);
        open(page, "", ".landing-view h1");
        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();
        assertThat(page.locator(".skip-link")).isInViewport();
        page.keyboard().press("Enter");
        assertThat(page.locator("#" + kz.urpaq.shell.MainLayout.CONTENT_ID)).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("#main-content :focus").first()).isAttached();

        // Sign-in: from the top of the page to the e-mail field, the password, then Enter.
        var email = createThrowawayAccount(PASSWORD, "Пернетақта Тест", Role.APPLICANT, Language.KK);
        open(page, "login", "vaadin-login-form");
        tabTo(page, "username");
        page.keyboard().type(email);
        page.keyboard().press("Tab");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.locator("vaadin-app-layout .account-name")).isAttached();

        // A registration sent empty puts the cursor in the first field of the page, the e-mail.
        page.context().clearCookies();
        open(page, "register", "#register");
        tabTo(page, "register");
        page.keyboard().press("Enter");
        assertThat(page.locator("#email input")).isFocused();
    }

    @Test
    void the_applicant_form_is_filled_with_keys_and_the_actions_bar_never_covers_the_focus(Page page) {
        page.setViewportSize(ChromiumExtension.PHONE_WIDTH, 740);
        signIn(page, APPLICANT_EMAIL, APPLICANT_PASSWORD);
        long application = jdbc.sql("""
                select a.id from application a join user_account u on u.id = a.applicant_id
                where u.email = :email order by a.id limit 1""").param("email", APPLICANT_EMAIL).query(Long.class).single();
        open(page, "applications/" + application, "main");
        waitForVaadin(page);
        walkWithTab(page, 60);
    }

    @Test
    void a_juror_reaches_every_score_and_an_organiser_the_results_with_keys(Page page) {
        page.setViewportSize(ChromiumExtension.PHONE_WIDTH, 740);
        // A juror of their own: typing into a sheet saves a draft, and the demo juror's sheets stay as seeded.
        var setup = fixture.build(new int[]{1}, new int[]{0}, 10);
        var email = createThrowawayAccount(PASSWORD, "Пернетақта Сарапшы", Role.JURY, Language.KK);
        long jurorId = SystemTask.run(() -> accountService.findByEmail(email)).orElseThrow().id();
        SystemTask.run(() -> panels.addMember(setup.id(), setup.panel(0).directionId(), jurorId, 10));
        long assignment = SystemTask.run(() -> assignments.add(setup.panel(0).applications().getFirst(), jurorId))
                .assignmentId();
        signIn(page, email, PASSWORD);
        open(page, "reviews/" + assignment, "#score-sheet");
        waitForVaadin(page);
        tabTo(page, "score-0");
        page.keyboard().type("7");
        var reached = walkWithTab(page, MAX_TABS);
        assertThat(reached).as("score fields reached with Tab").contains("score-1", "score-2", "score-3", "score-4");

        page.context().clearCookies();
        signIn(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        long finished = jdbc.sql("select id from competition where code = :code")
                .param("code", FinishedCompetitionDemo.CODE).query(Long.class).single();
        open(page, "admin/competitions/" + finished + "/results", "main");
        waitForVaadin(page);
        // From the top of the page, Tab reaches the downloads (past the menu and the skip link).
        tabTo(page, "export-xlsx");
        walkWithTab(page, 20);
    }

    /** Presses Tab until the element (or the field) with this id has focus. */
    private static void tabTo(Page page, String id) {
        var path = new java.util.ArrayList<String>();
        for (int i = 0; i < 2 * MAX_TABS; i++) {
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            var focused = (java.util.Map<String, Object>) page.evaluate(FOCUSED);
            if (id.equals(focused.get("id")) || id.equals(page.evaluate("() => document.activeElement?.name"))) {
                return;
            }
            path.add(focused.get("tag") + "#" + focused.get("id"));
        }
        throw new AssertionError("Tab never reached #" + id + " on " + page.url() + "; it went " + path);
    }

    /** Tabs through the page; at every stop the focused element is not covered. Returns the ids seen. */
    private static java.util.Set<String> walkWithTab(Page page, int tabs) {
        var seen = new java.util.LinkedHashSet<String>();
        for (int i = 0; i < tabs; i++) {
            page.keyboard().press("Tab");
            page.waitForTimeout(30);
            @SuppressWarnings("unchecked")
            var focused = (java.util.Map<String, Object>) page.evaluate(FOCUSED);
            assertThat((Boolean) focused.get("covered")).as("focus on %s #%s covered by %s (%s)", focused.get("tag"),
                    focused.get("id"), focused.get("by"), page.url()).isFalse();
            seen.add(String.valueOf(focused.get("id")));
        }
        return seen;
    }
}
