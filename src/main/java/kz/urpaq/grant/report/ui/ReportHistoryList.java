package kz.urpaq.grant.report.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.grant.report.ReportHistoryEntry;

import java.util.List;

/** A report's history, oldest first, as both sides see it: what happened, who, when, and a return's comment. */
class ReportHistoryList extends Section {

    ReportHistoryList(String id, List<ReportHistoryEntry> history) {
        addClassName("report-history");
        setId(id);
        add(new H2(getTranslation("grant.report.history")));
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("grant.report.history.empty")));
            return;
        }
        var list = new OrderedList();
        for (var entry : history) {
            var what = new Span(getTranslation(entry.action().labelKey()));
            what.addClassName("history-action");
            var who = new Span(getTranslation("grant.report.history.by", entry.actorName(),
                    Almaty.dateTime(entry.at())));
            var item = new ListItem(what, who);
            item.getElement().setAttribute("data-action", entry.action().name());
            if (entry.comment() != null) {
                var comment = new Div(entry.comment());
                comment.addClassName("history-comment");
                item.add(comment);
            }
            list.add(item);
        }
        add(list);
    }
}
