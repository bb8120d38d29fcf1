package kz.urpaq.competition.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "kz.urpaq")
class LandingViewTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    kz.urpaq.competition.CompetitionSetupService setup;

    @org.springframework.beans.factory.annotation.Autowired
    kz.urpaq.competition.CompetitionService competitions;

    @Test
    @WithAnonymousUser
    void a_visitor_sees_the_open_competition_in_kazakh_with_register_and_sign_in() {
        navigate(LandingView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("Тәуелсіздік ұрпақтары — 2026");
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Ғылым", "Өнер", "Медиа", "Ақпараттық технологиялар", "Бизнес");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("register", "login");
        assertThat($(Countdown.class).all()).hasSize(1);
    }

    @Test
    @WithAnonymousUser
    void the_open_rounds_figures_show_only_when_its_organiser_turned_them_on() {
        var open = kz.urpaq.security.SystemTask.run(() -> competitions.findByCode("TU-2026")).orElseThrow().id();
        navigate(LandingView.class);
        assertThat($(com.vaadin.flow.component.html.Section.class).all())
                .noneMatch(s -> s.getId().orElse("").equals("public-figures"));
        kz.urpaq.security.SystemTask.run(() -> setup.showPublicFigures(open, true));
        try {
            UI.getCurrent().refreshCurrentRoute(true);
            var figures = $(com.vaadin.flow.component.html.Section.class).all().stream()
                    .filter(s -> s.getId().orElse("").equals("public-figures")).findFirst().orElseThrow();
            assertThat(figures.getElement().getTextRecursively()).contains("Бүгінгі өтінімдер", "Ғылым: 0", "Бизнес: 0");
        } finally {
            kz.urpaq.security.SystemTask.run(() -> setup.showPublicFigures(open, false));
        }
    }

    @Test
    @WithAnonymousUser
    void the_page_speaks_russian_when_russian_is_chosen() {
        UI.getCurrent().setLocale(Locale.of("ru"));
        UI.getCurrent().getSession().setLocale(Locale.of("ru"));

        navigate(LandingView.class);
        UI.getCurrent().refreshCurrentRoute(true);

        assertThat($(H1.class).first().getText()).isEqualTo("Поколения независимости — 2026");
        assertThat($(ListItem.class).all()).extracting(ListItem::getText).contains("Наука", "Искусство");
    }

    @Test
    @WithAnonymousUser
    void every_competition_that_is_not_a_draft_has_its_own_page_at_its_code() {
        navigate("c/TU-2025", CompetitionPageView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Тәуелсіздік ұрпақтары — 2025");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Тәуелсіздік ұрпақтары — 2025 · Urpaq");

        navigate("c/NO-SUCH-COMPETITION", com.vaadin.flow.component.Component.class);
        assertThat($(CompetitionPresentation.class).all()).isEmpty();
    }

    @Test
    @WithUserDetails(value = "aruzhan@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void a_signed_in_applicant_is_sent_to_their_applications_instead_of_registering() {
        navigate(LandingView.class);

        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("applications")
                .doesNotContain("register");
    }

    @Test
    @WithUserDetails(value = "aruzhan@urpaq.local", setupBefore = TestExecutionEvent.TEST_METHOD)
    void the_open_rounds_are_filtered_by_the_applicants_own_region_the_regions_round_first() {
        navigate(LandingView.class);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<kz.urpaq.base.domain.Region> filter =
                $(com.vaadin.flow.component.select.Select.class).id("region-filter");
        assertThat(filter.getValue()).as("Aruzhan lives in Talgar District").isEqualTo(kz.urpaq.base.domain.Region.ALMATY_REGION);
        var rounds = openRoundTitles();
        assertThat(rounds).contains("Тәуелсіздік ұрпақтары — 2026", "Тәуелсіздік ұрпақтары — 2026: республикалық кезең");
        assertThat(rounds.indexOf("Тәуелсіздік ұрпақтары — 2026"))
                .isLessThan(rounds.indexOf("Тәуелсіздік ұрпақтары — 2026: республикалық кезең"));

        test(filter).selectItem("Атырау облысы");

        assertThat(openRoundTitles()).contains("Тәуелсіздік ұрпақтары — 2026: республикалық кезең")
                .doesNotContain("Тәуелсіздік ұрпақтары — 2026");
    }

    private java.util.List<String> openRoundTitles() {
        return $(Anchor.class).all().stream().filter(a -> a.getHref().startsWith("c/")).map(Anchor::getText).toList();
    }
}
