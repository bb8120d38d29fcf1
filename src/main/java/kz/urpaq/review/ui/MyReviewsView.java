package kz.urpaq.review.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.ui.EmptyState;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.review.AssignmentState;
import kz.urpaq.review.MyAssignment;
import kz.urpaq.review.ScoreSheetService;
import kz.urpaq.security.AppRoles;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/** The juror's assigned projects: per competition the deadline with what is left of it, and progress. */
@Route("reviews")
@RolesAllowed(AppRoles.JURY)
class MyReviewsView extends Main implements HasDynamicTitle {

    MyReviewsView(ScoreSheetService sheets, Clock clock) {
        addClassNames("jury-view", "my-reviews");
        add(new ViewHeader(getTranslation("reviews.title"), getTranslation("reviews.description")));
        var mine = sheets.mine();
        if (mine.isEmpty()) {
            add(new EmptyState(VaadinIcon.STAR_HALF_LEFT_O, getTranslation("reviews.empty.title"),
                    getTranslation("reviews.empty.text")));
            return;
        }
        var byCompetition = mine.stream().collect(Collectors.groupingBy(MyAssignment::competitionId,
                LinkedHashMap::new, Collectors.toList()));
        byCompetition.values().forEach(rows -> add(section(rows, clock.instant())));
    }

    private Section section(List<MyAssignment> rows, Instant now) {
        var first = rows.getFirst();
        var section = new Section(new H2(first.competitionTitle().in(getLocale())));
        section.addClassName("review-competition");
        long done = rows.stream().filter(r -> r.state() == AssignmentState.SUBMITTED).count();
        var progress = new Paragraph(getTranslation("reviews.progress", done, rows.size()));
        progress.setId("review-progress");
        progress.addClassName("review-progress");
        section.add(progress);
        if (first.reviewDeadline() != null) {
            var deadline = new Paragraph(getTranslation("reviews.deadline", Almaty.dateTime(first.reviewDeadline()),
                    countdown(now, first.reviewDeadline())));
            deadline.setId("review-deadline");
            section.add(deadline);
        }
        var list = new UnorderedList();
        list.addClassName("review-list");
        for (var row : rows) {
            var link = new RouterLink(row.title().isBlank() ? getTranslation("reviews.untitled") : row.title(),
                    ReviewView.class, new RouteParameters("assignmentId", String.valueOf(row.assignmentId())));
            var state = new Span(getTranslation(row.state().labelKey()));
            state.addClassNames("desk-badge", "review-state-" + row.state().name().toLowerCase(java.util.Locale.ROOT));
            if (row.state().isOpen()) {
                state.addClassName("warning");
            }
            var item = new ListItem(link, state);
            item.addClassName("review-item");
            list.add(item);
        }
        section.add(list);
        return section;
    }

    /** "3 days 4 hours left", "5 hours left", or "the deadline has passed". */
    private String countdown(Instant now, Instant deadline) {
        if (!now.isBefore(deadline)) {
            return getTranslation("reviews.countdown.passed");
        }
        var left = Duration.between(now, deadline);
        if (left.toDays() > 0) {
            return getTranslation("reviews.countdown.days", left.toDays(), left.toHoursPart());
        }
        return getTranslation("reviews.countdown.hours", left.toHours(), left.toMinutesPart());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.title") + " · " + getTranslation("app.name");
    }

}
