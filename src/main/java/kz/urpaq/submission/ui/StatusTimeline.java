package kz.urpaq.submission.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.i18n.TranslationKeys;
import kz.urpaq.competition.Phase;
import kz.urpaq.submission.ApplicationDetails;
import kz.urpaq.submission.ApplicationStatus;

import java.util.Locale;

/**
 * Where a submitted application stands: submitted → screening → review → result, each step done,
 * current or still to come, with the reason when screening found it ineligible.
 */
class StatusTimeline extends Div {

    enum State {
        DONE, CURRENT, PENDING, FAILED;

        String labelKey() {
            return TranslationKeys.of("status.state", this);
        }
    }

    StatusTimeline(ApplicationDetails details) {
        addClassName("status-timeline");
        var heading = new H2(getTranslation("status.title"));
        var reference = new Paragraph(details.referenceNumber() == null ? ""
                : getTranslation("application.reference", details.referenceNumber()));
        reference.addClassName("reference-number");
        var steps = new OrderedList();
        var phase = details.competition().phase();
        var status = details.status();

        if (status == ApplicationStatus.WITHDRAWN) {
            steps.add(step(State.DONE, getTranslation("status.withdrawn"),
                    details.withdrawnAt() == null ? "" : Almaty.dateTime(details.withdrawnAt())));
            add(heading, reference, steps);
            return;
        }
        steps.add(step(State.DONE, getTranslation("status.submitted"),
                details.submittedAt() == null ? "" : Almaty.dateTime(details.submittedAt())));
        if (status == ApplicationStatus.INELIGIBLE) {
            steps.add(step(State.FAILED, getTranslation("status.screening.ineligible"),
                    details.screeningReason() == null ? "" : details.screeningReason()));
        } else if (status == ApplicationStatus.ELIGIBLE) {
            steps.add(step(State.DONE, getTranslation("status.screening.eligible"), ""));
        } else {
            steps.add(step(phase.submissionsClosed() ? State.CURRENT : State.PENDING,
                    getTranslation("status.screening"), getTranslation("status.screening.text")));
        }
        if (status != ApplicationStatus.INELIGIBLE) {
            var reviewState = phase == Phase.REVIEW ? State.CURRENT
                    : phase.scoresFrozen() ? State.DONE : State.PENDING;
            steps.add(step(reviewState, getTranslation("status.review"),
                    getTranslation("status.review.text", Almaty.date(details.competition().reviewDeadline()))));
            steps.add(step(phase.resultsPublic() ? State.DONE : State.PENDING,
                    getTranslation("status.result"), getTranslation("status.result.text")));
        }
        add(heading, reference, steps);
    }

    private ListItem step(State state, String title, String text) {
        var marker = new Span();
        marker.addClassName("step-marker");
        var item = new ListItem(marker, new Span(title));
        if (!text.isBlank()) {
            var detail = new Paragraph(text);
            detail.addClassName("step-text");
            item.add(detail);
        }
        item.addClassName("step");
        item.getElement().setAttribute("data-state", state.name().toLowerCase(Locale.ROOT));
        item.getElement().setAttribute("aria-label", getTranslation(state.labelKey()) + ": " + title);
        return item;
    }
}
