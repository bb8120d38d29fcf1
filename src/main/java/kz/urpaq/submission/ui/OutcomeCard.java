package kz.urpaq.submission.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import kz.urpaq.submission.ApplicationOutcome;

import java.text.NumberFormat;

/**
 * The applicant's own result once it is announced (domain.md §7): the place or grant, or the
 * position when neither came, the score, what the jurors wrote to them, and the way on to all
 * results and to their certificates.
 */
class OutcomeCard extends Section {

    OutcomeCard(ApplicationOutcome outcome, String direction) {
        addClassName("outcome");
        var place = outcome.place();
        getElement().setAttribute("data-place", place == null ? "" : String.valueOf(place));
        var headline = new Paragraph(place != null
                ? getTranslation("application.outcome.place", place, direction)
                : outcome.grant() ? getTranslation("application.outcome.grant", direction)
                : getTranslation("application.outcome.ranked", outcome.position(), outcome.rankedCount(), direction));
        headline.addClassName("outcome-headline");
        add(new H2(getTranslation("application.outcome.title")), headline);
        if (place != null && outcome.grant()) {
            add(new Paragraph(getTranslation("application.outcome.and-grant")));
        }
        var score = NumberFormat.getNumberInstance(getLocale());
        score.setMinimumFractionDigits(2);
        score.setMaximumFractionDigits(2);
        add(new Paragraph(getTranslation("application.outcome.score", score.format(outcome.score()))));
        if (outcome.commentsShown()) {
            add(outcome.comments().isEmpty() ? new Paragraph(getTranslation("application.outcome.no-comments"))
                    : comments(outcome));
        }
        var links = new Div(new Anchor("results/" + outcome.competitionId(),
                getTranslation("application.outcome.all-results")),
                new Anchor("certificates", getTranslation("nav.my-certificates")));
        links.addClassName("outcome-links");
        add(links);
    }

    private Div comments(ApplicationOutcome outcome) {
        var comments = new Div(new H3(getTranslation("application.outcome.comments")));
        comments.addClassName("outcome-comments");
        outcome.comments().forEach(text -> comments.add(new Paragraph(text)));
        return comments;
    }
}
