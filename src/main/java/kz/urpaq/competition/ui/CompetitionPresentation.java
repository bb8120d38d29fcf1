package kz.urpaq.competition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.Money;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.security.Role;

import java.time.Instant;
import java.util.Locale;

/**
 * One competition as the public sees it: title, countdown to the deadline, facts, directions, how
 * it works, criteria and who may apply. The landing page shows the current one; {@code /c/{code}}
 * any public one.
 */
class CompetitionPresentation extends Div {

    private final Locale locale;

    CompetitionPresentation(CompetitionOverview competition, CurrentUser currentUser, Instant now) {
        addClassName("competition-presentation");
        this.locale = getLocale();
        add(hero(competition, currentUser, now), facts(competition), directions(competition), timeline(competition),
                criteria(competition), eligibility(competition));
    }


    private Component hero(CompetitionOverview competition, CurrentUser currentUser, java.time.Instant now) {
        var emblem = new Image("images/emblem.svg", "");
        emblem.addClassName("hero-emblem");
        var region = new Paragraph(competition.region().in(locale) + " · " + competition.year());
        region.addClassName("hero-region");
        var title = new H1(competition.title().in(locale));
        var phase = new Span(getTranslation(competition.phase().labelKey()));
        phase.addClassName("phase-badge");
        phase.getElement().setAttribute("data-phase", competition.phase().name());
        var lead = new Paragraph(getTranslation("landing.lead"));
        lead.addClassName("hero-lead");
        var hero = new Section(emblem, region, title, phase, lead);
        hero.addClassName("hero");

        if (competition.acceptsSubmissionsAt(now)) {
            var deadline = new Paragraph(getTranslation("landing.deadline", Almaty.dateTime(competition.submissionDeadline())));
            deadline.addClassName("hero-deadline");
            var countdown = new Div(new Span(getTranslation("landing.time-left")),
                    new Countdown(competition.submissionDeadline(), now));
            countdown.addClassName("hero-countdown");
            hero.add(deadline, countdown);
        } else if (competition.phase() == Phase.OPEN && now.isBefore(competition.opensAt())) {
            hero.add(new Paragraph(getTranslation("landing.opens", Almaty.dateTime(competition.opensAt()))));
        } else {
            var closed = new Paragraph(getTranslation("landing.closed"));
            closed.addClassName("hero-deadline");
            hero.add(closed);
        }
        hero.add(actions(currentUser));
        return hero;
    }

    private Component actions(CurrentUser currentUser) {
        var actions = new Div();
        actions.addClassName("hero-actions");
        if (currentUser.hasRole(Role.APPLICANT)) {
            actions.add(button("applications", getTranslation("nav.my-applications"), true));
        } else if (currentUser.hasRole(Role.JURY)) {
            actions.add(button("reviews", getTranslation("nav.my-reviews"), true));
        } else if (currentUser.hasRole(Role.ADMIN)) {
            actions.add(button("admin/competitions", getTranslation("nav.competitions"), true));
        } else {
            actions.add(button("register", getTranslation("landing.register"), true),
                    button("login", getTranslation("landing.sign-in"), false));
        }
        return actions;
    }

    private static Anchor button(String href, String text, boolean primary) {
        var anchor = new Anchor(href, text);
        anchor.addClassNames("cta", primary ? "cta-primary" : "cta-secondary");
        return anchor;
    }

    private Component facts(CompetitionOverview competition) {
        var grants = fact(Money.tenge(competition.grantAmountTenge()),
                getTranslation("landing.fact.grants", competition.grantCount()));
        var places = fact(String.valueOf(competition.placesPerDirection()),
                getTranslation("landing.fact.places", competition.directions().size()));
        var age = fact(competition.minAge() + "–" + competition.maxAge(), getTranslation("landing.fact.age"));
        var deadline = fact(Almaty.date(competition.submissionDeadline()), getTranslation("landing.fact.deadline"));
        var facts = new Section(grants, places, age, deadline);
        facts.addClassName("facts");
        facts.getElement().setAttribute("aria-label", getTranslation("landing.facts"));
        return facts;
    }

    private static Component fact(String value, String label) {
        var valueSpan = new Span(value);
        valueSpan.addClassName("fact-value");
        var labelSpan = new Span(label);
        labelSpan.addClassName("fact-label");
        var fact = new Div(valueSpan, labelSpan);
        fact.addClassName("fact");
        return fact;
    }

    private Component directions(CompetitionOverview competition) {
        var list = new UnorderedList();
        list.addClassName("directions");
        competition.directions().forEach(direction -> {
            var item = new ListItem(direction.name().in(locale));
            item.getElement().setAttribute("data-direction", direction.code());
            list.add(item);
        });
        var section = new Section(new H2(getTranslation("landing.directions")), list);
        section.addClassName("landing-section");
        return section;
    }

    private Component timeline(CompetitionOverview competition) {
        var steps = new OrderedList();
        steps.addClassName("timeline");
        steps.add(step(getTranslation("landing.step.register"), getTranslation("landing.step.register.text")));
        steps.add(step(getTranslation("landing.step.write"),
                getTranslation("landing.step.write.text", Almaty.date(competition.opensAt()))));
        steps.add(step(getTranslation("landing.step.submit"),
                getTranslation("landing.step.submit.text", Almaty.dateTime(competition.submissionDeadline()))));
        steps.add(step(getTranslation("landing.step.review"),
                getTranslation("landing.step.review.text", Almaty.date(competition.reviewDeadline()))));
        steps.add(step(getTranslation("landing.step.results"), getTranslation("landing.step.results.text")));
        var section = new Section(new H2(getTranslation("landing.how-it-works")), steps);
        section.addClassName("landing-section");
        return section;
    }

    private static Component step(String title, String text) {
        return new ListItem(new H3(title), new Paragraph(text));
    }

    private Component criteria(CompetitionOverview competition) {
        var list = new UnorderedList();
        list.addClassName("criteria");
        competition.criteria().forEach(criterion -> {
            var weight = new Span(criterion.weightPercent() + " %");
            weight.addClassName("criterion-weight");
            list.add(new ListItem(weight, new Span(criterion.name().in(locale))));
        });
        var section = new Section(new H2(getTranslation("landing.criteria")),
                new Paragraph(getTranslation("landing.criteria.text")), list);
        section.addClassName("landing-section");
        return section;
    }

    private Component eligibility(CompetitionOverview competition) {
        var list = new UnorderedList(
                new ListItem(getTranslation("landing.eligibility.age", competition.minAge(), competition.maxAge())),
                new ListItem(competition.eligibleRegions().isEmpty()
                        ? getTranslation("landing.eligibility.every-region")
                        : getTranslation("landing.eligibility.region", competition.eligibleRegions().stream().sorted()
                                .map(r -> r.displayName().in(locale)).collect(java.util.stream.Collectors.joining(", ")))),
                new ListItem(getTranslation("landing.eligibility.one")),
                new ListItem(getTranslation("landing.eligibility.minor")));
        var awards = new Paragraph(competition.grantPolicy() == GrantPolicy.PLACE_WINNERS
                ? getTranslation("landing.awards.place-winners", competition.placesPerDirection(),
                        competition.grantCount(), Money.tenge(competition.grantAmountTenge()))
                : getTranslation("landing.awards.other", competition.grantCount(),
                        Money.tenge(competition.grantAmountTenge())));
        var section = new Section(new H2(getTranslation("landing.eligibility")), list, awards);
        section.addClassName("landing-section");
        return section;
    }
}
