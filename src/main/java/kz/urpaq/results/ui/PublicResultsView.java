package kz.urpaq.results.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.results.PublicResultsService;
import kz.urpaq.results.PublishedResults;
import kz.urpaq.results.PublishedResults.Award;
import kz.urpaq.results.PublishedResults.DirectionAwards;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The public results of an announced competition (domain.md §7): per direction the places and the
 * grant recipients with project title, name and district, the rules in plain words and the
 * snapshot's SHA-256. Visitors need no account; nothing about jurors or individual scores.
 */
@Route("results/:competitionId(\\d+)")
@AnonymousAllowed
class PublicResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicResultsService results;
    private String title = "";

    PublicResultsView(PublicResultsService results) {
        this.results = results;
        addClassName("public-results-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var published = RouteIds.found(results.published(RouteIds.of(event, "competitionId")));
        removeAll();
        show(published);
    }

    private void show(PublishedResults published) {
        var locale = getLocale();
        title = getTranslation("public-results.title", published.title().in(locale));
        var region = new Paragraph(published.region().in(locale) + " · " + published.year());
        region.addClassName("hero-region");
        var heading = new H1(title);
        var announced = new Paragraph(getTranslation("public-results.announced", Almaty.date(published.announcedAt()),
                published.placeCount(), published.grantsAwarded()));
        var header = new Section(region, heading, announced);
        if (published.appealsFiled() > 0) {
            var appeals = new Paragraph(getTranslation("public-results.appeals", published.appealsFiled(),
                    published.appealsUpheld()));
            appeals.setId("appeal-counts");
            header.add(appeals);
        }
        header.addClassName("public-results-header");
        add(header);
        published.directions().forEach(direction -> add(direction(direction, published, locale)));
        add(rules(published, locale));
    }

    private Component direction(DirectionAwards direction, PublishedResults published, Locale locale) {
        var section = new Section(new H2(direction.name().in(locale)));
        section.addClassName("results-direction");
        section.getElement().setAttribute("data-direction", String.valueOf(direction.directionId()));
        if (direction.awards().isEmpty()) {
            section.add(new Paragraph(getTranslation("public-results.no-awards", direction.ranked(),
                    published.minimumScore().stripTrailingZeros().toPlainString())));
            return section;
        }
        var list = new OrderedList();
        list.addClassName("award-list");
        direction.awards().forEach(award -> list.add(award(award, locale)));
        section.add(list, new Paragraph(getTranslation("public-results.ranked", direction.ranked())));
        return section;
    }

    private Component award(Award award, Locale locale) {
        var badge = new Span(award.place() == null ? getTranslation("public-results.grant-only")
                : getTranslation("public-results.place", award.place()));
        badge.addClassName("award-badge");
        badge.getElement().setAttribute("data-place", award.place() == null ? "" : String.valueOf(award.place()));
        var project = new Span("«" + award.projectTitle() + "»");
        project.addClassName("award-project");
        var holder = new Span(award.district() == null ? award.holderName()
                : getTranslation("public-results.holder", award.holderName(), award.district().in(locale)));
        holder.addClassName("award-holder");
        var item = new ListItem(badge, project, holder);
        if (award.summaryPage() != null) {
            var summary = new Anchor(award.summaryPage(), getTranslation("public-results.summary"));
            summary.addClassName("award-summary");
            item.add(summary);
        }
        item.addClassName("award");
        if (award.grant()) {
            var grant = new Span(getTranslation("public-results.grant"));
            grant.addClassName("award-grant");
            item.add(grant);
            item.getElement().setAttribute("data-grant", "true");
        }
        return item;
    }

    private Component rules(PublishedResults published, Locale locale) {
        var tieBreak = published.tieBreakCriteria().isEmpty() ? getTranslation("public-results.tie-break.time")
                : getTranslation("public-results.tie-break.criteria", published.tieBreakCriteria().stream()
                        .map(name -> name.in(locale)).collect(Collectors.joining(", ")));
        var policy = published.grantPolicy() == GrantPolicy.PLACE_WINNERS
                ? getTranslation("public-results.policy.place-winners", published.grantCount())
                : getTranslation("public-results.policy.other", published.grantCount(),
                        getTranslation(published.grantPolicy().labelKey()));
        var hash = new Code(published.sha256());
        hash.addClassName("snapshot-hash");
        var section = new Section(new H2(getTranslation("public-results.how")),
                new Paragraph(getTranslation("public-results.method", getTranslation(published.method().labelKey()))),
                new Paragraph(tieBreak),
                new Paragraph(policy + " " + getTranslation("public-results.minimum",
                        published.minimumScore().stripTrailingZeros().toPlainString())),
                new Paragraph(getTranslation("public-results.snapshot", Almaty.date(published.finalisedAt()))),
                new Div(hash));
        section.addClassName("results-rules");
        return section;
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("public-results.heading") : title) + " · " + getTranslation("app.name");
    }
}
