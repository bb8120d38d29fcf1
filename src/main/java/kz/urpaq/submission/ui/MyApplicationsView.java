package kz.urpaq.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.applicant.ApplicantProfileService;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.EmptyState;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.security.AppRoles;
import kz.urpaq.submission.ApplicationService;
import kz.urpaq.submission.ApplicationSummary;


/** The applicant's applications with status and deadline, and the way to start one. */
@Route("applications")
@RolesAllowed(AppRoles.APPLICANT)
class MyApplicationsView extends Main implements HasDynamicTitle {

    private final ApplicationService applicationService;

    MyApplicationsView(ApplicationService applicationService, CompetitionService competitionService,
                       ApplicantProfileService profiles) {
        this.applicationService = applicationService;
        addClassName("applicant-view");
        add(new ViewHeader(getTranslation("applications.title"), ""));

        var mine = applicationService.mine();
        // one account for every round: each round taking applications now that has none of theirs yet
        // …and that takes residents of where they live (a region's round takes its own; the national, everyone)
        var region = profiles.myProfile().map(profile -> profile.district().region());
        var open = competitionService.acceptingSubmissions().stream()
                .filter(competition -> region.map(competition::acceptsResidentsOf).orElse(true)).toList();
        open.stream().filter(competition -> mine.stream().noneMatch(a -> a.competitionId() == competition.id()))
                .forEach(competition -> {
                    // The competition's name goes in the text, not on the button: a button label
                    // does not wrap, and a long name would push a phone screen sideways.
                    var text = new Paragraph(getTranslation("applications.open-competition",
                            competition.title().in(getLocale())));
                    text.addClassName("open-competition");
                    var start = new Button(getTranslation("applications.start"), VaadinIcon.PLUS.create(),
                            click -> start(competition.id()));
                    start.addThemeVariants(ButtonVariant.PRIMARY);
                    start.setDisableOnClick(true);
                    start.addClassName("start-application");
                    start.setId("start-" + competition.code());
                    start.getElement().setAttribute("aria-label", getTranslation("applications.start") + ": "
                            + competition.title().in(getLocale()));
                    add(text, start);
                });

        if (mine.isEmpty()) {
            add(new EmptyState(VaadinIcon.FILE_TEXT_O, getTranslation("applications.empty.title"),
                    getTranslation(!open.isEmpty() ? "applications.empty.text" : "applications.empty.closed")));
            return;
        }
        var list = new Div();
        list.addClassName("application-cards");
        mine.forEach(application -> list.add(card(application)));
        add(list);
    }

    private void start(long competitionId) {
        try {
            var id = applicationService.start(competitionId);
            getUI().ifPresent(ui -> ui.navigate("applications/" + id));
        } catch (RefusedException refused) {
            Notifications.refused(this, refused);
        }
    }

    private Component card(ApplicationSummary application) {
        var title = new H2(new Anchor("applications/" + application.id(), application.title().isBlank()
                ? getTranslation("application.untitled") : application.title()));
        var status = new Span(getTranslation(application.status().labelKey()));
        status.addClassName("status-badge");
        status.getElement().setAttribute("data-status", application.status().name());
        var competition = new Paragraph(application.competitionTitle().in(getLocale()));
        var facts = new Div();
        facts.addClassName("application-facts");
        if (application.referenceNumber() != null) {
            facts.add(new Span(getTranslation("application.reference", application.referenceNumber())));
        }
        facts.add(new Span(getTranslation("application.deadline", Almaty.dateTime(application.submissionDeadline()))));
        facts.add(new Span(application.submittedAt() != null
                ? getTranslation("application.submitted-at", Almaty.dateTime(application.submittedAt()))
                : getTranslation("application.saved-at", Almaty.dateTime(application.savedAt()))));
        var card = new Div(status, title, competition, facts);
        card.addClassName("application-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("applications.title") + " · " + getTranslation("app.name");
    }
}
