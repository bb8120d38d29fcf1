package kz.urpaq.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

import java.util.function.Function;

/** The links between the organisers' pages of one competition: panels, assignment and progress. */
final class DeskLinks {

    private DeskLinks() {
    }

    static String panels(long competitionId) {
        return "admin/competitions/" + competitionId + "/panels";
    }

    static String assignment(long competitionId) {
        return "admin/competitions/" + competitionId + "/assignment";
    }

    static Nav of(long competitionId, Function<String, String> t) {
        var nav = new Nav(new Anchor("admin/competitions", t.apply("desk.link.competitions")),
                new Anchor(panels(competitionId), t.apply("desk.link.panels")),
                new Anchor(assignment(competitionId), t.apply("desk.link.assignment")));
        nav.addClassName("desk-links");
        nav.getElement().setAttribute("aria-label", t.apply("desk.links"));
        return nav;
    }
}
