package kz.urpaq.competition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.Region;
import kz.urpaq.competition.ApplicantResidence;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.PublicFigures;
import kz.urpaq.security.CurrentUser;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The public front page: the current competition and how to take part. */
@Route("")
@AnonymousAllowed
class LandingView extends Main implements HasDynamicTitle {

    private final Locale locale;

    LandingView(CompetitionService competitionService, CompetitionSetupService setup, CurrentUser currentUser,
                Clock clock, ApplicantResidence residence) {
        addClassName("landing-view");
        this.locale = getLocale();
        competitionService.current().ifPresentOrElse(
                competition -> {
                    show(competition, currentUser, clock);
                    setup.publicFigures(competition.id()).ifPresent(figures -> add(figures(figures)));
                },
                this::showNoCompetition);
        var open = competitionService.acceptingSubmissions();
        if (open.size() > 1) {
            add(openCompetitions(open, residence.ofCurrentApplicant()));
        }
        var announced = competitionService.withPublicResults();
        if (!announced.isEmpty()) {
            add(pastResults(announced));
        }
    }

    /**
     * Every round taking applications now (regions' and the national one), each with its own page;
     * a filter by region, set to the applicant's own region when their profile says it, puts the
     * rounds of that region first and leaves out those it may not enter.
     */
    private Component openCompetitions(List<CompetitionOverview> open, Optional<Region> ownRegion) {
        var list = new UnorderedList();
        list.addClassName("open-competitions");
        var filter = new Select<Region>();
        filter.setId("region-filter");
        filter.setLabel(getTranslation("landing.open.region"));
        filter.setItems(Region.values());
        filter.setEmptySelectionAllowed(true);
        filter.setEmptySelectionCaption(getTranslation("landing.open.region.all"));
        filter.setItemLabelGenerator(region -> region == null ? getTranslation("landing.open.region.all")
                : region.displayName().in(locale));
        filter.addValueChangeListener(change -> fill(list, open, change.getValue()));
        ownRegion.ifPresent(filter::setValue);
        fill(list, open, filter.getValue());
        var section = new Section(new H2(getTranslation("landing.open")), filter, list);
        section.addClassName("landing-section");
        return section;
    }

    private void fill(UnorderedList list, List<CompetitionOverview> open, @Nullable Region region) {
        list.removeAll();
        open.stream().filter(competition -> region == null || competition.acceptsResidentsOf(region))
                // the region's own rounds before those open to everyone
                .sorted(Comparator.comparing((CompetitionOverview c) -> region == null || c.eligibleRegions().isEmpty()))
                .forEach(competition -> {
                    var deadline = new Span(getTranslation("landing.open.deadline",
                            Almaty.dateTime(competition.submissionDeadline())));
                    deadline.addClassName("open-competition-deadline");
                    list.add(new ListItem(new Anchor("c/" + competition.code(), competition.title().in(locale)),
                            new Span(" · "), deadline));
                });
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new ListItem(getTranslation("landing.open.none-for-region")));
        }
    }

    /** The round's applications so far per direction, when its organiser shows them (decision 028). */
    private Component figures(PublicFigures figures) {
        var list = new UnorderedList();
        list.addClassName("public-figures");
        figures.directions().forEach(direction -> list.add(new ListItem(getTranslation("landing.figures.direction",
                direction.name().in(locale), Long.toString(direction.count())))));
        var section = new Section(new H2(getTranslation("landing.figures")),
                new Paragraph(getTranslation("landing.figures.total", Long.toString(figures.total()))), list);
        section.setId("public-figures");
        section.addClassName("landing-section");
        return section;
    }

    /** Links to the public results of announced competitions, newest first. */
    private Component pastResults(java.util.List<CompetitionOverview> announced) {
        var list = new UnorderedList();
        list.addClassName("past-results");
        announced.forEach(competition -> list.add(new ListItem(new Anchor("results/" + competition.id(),
                getTranslation("landing.results.link", competition.title().in(locale))))));
        var section = new Section(new H2(getTranslation("landing.results")), list);
        section.addClassName("landing-section");
        return section;
    }

    private void show(CompetitionOverview competition, CurrentUser currentUser, Clock clock) {
        add(new CompetitionPresentation(competition, currentUser, clock.instant()));
    }

    private void showNoCompetition() {
        var empty = new Section(new H1(getTranslation("app.name")),
                new Paragraph(getTranslation("landing.no-competition")));
        empty.addClassNames("hero", "empty-state");
        add(empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("landing.page-title") + " · " + getTranslation("app.name");
    }
}
