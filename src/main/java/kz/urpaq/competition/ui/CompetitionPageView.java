package kz.urpaq.competition.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.security.CurrentUser;

import java.time.Clock;

/**
 * A competition's own public page at a stable address, {@code /c/{code}} (docs/domain.md §17): what
 * the landing page shows for the current competition, for any competition that is not a draft.
 * Links and posters of one region's round stay right when another round becomes the current one.
 */
@Route("c/:code")
@AnonymousAllowed
class CompetitionPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CompetitionService competitions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private String title = "";

    CompetitionPageView(CompetitionService competitions, CurrentUser currentUser, Clock clock) {
        this.competitions = competitions;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("landing-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var code = event.getRouteParameters().get("code").orElse("");
        var competition = competitions.findPublicByCode(code).orElseThrow(NotFoundException::new);
        title = competition.title().in(getLocale());
        removeAll();
        add(new CompetitionPresentation(competition, currentUser, clock.instant()));
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("landing.page-title") : title) + " · " + getTranslation("app.name");
    }
}
