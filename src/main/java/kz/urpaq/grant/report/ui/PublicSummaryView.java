package kz.urpaq.grant.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.grant.report.PublicSummaryService;

/**
 * What a funded project achieved, in its recipient's words (domain.md §14): public once the final
 * report is accepted, linked from the results page. Visitors need no account.
 */
@Route("projects/:grantId(\\d+)")
@AnonymousAllowed
class PublicSummaryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicSummaryService summaries;
    private String title = "";

    PublicSummaryView(PublicSummaryService summaries) {
        this.summaries = summaries;
        addClassName("public-summary-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var summary = RouteIds.found(summaries.summary(RouteIds.of(event, "grantId")));
        removeAll();
        title = "«" + summary.projectTitle() + "»";
        var text = new Paragraph(summary.summary());
        text.setId("public-summary");
        text.addClassName("public-summary");
        add(new H1(title), text,
                new Paragraph(getTranslation("grant.report.public.accepted", Almaty.date(summary.acceptedAt()))),
                new Anchor("results/" + summary.competitionId(), getTranslation("grant.report.public.back")));
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("grant.report.public.heading") : title) + " · "
                + getTranslation("app.name");
    }
}
