package kz.urpaq.submission.conversation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.security.AppRoles;
import kz.urpaq.submission.conversation.ConversationService;
import kz.urpaq.submission.conversation.InboxRow;

/** The organisers' inbox of a competition: conversations whose applicant wrote last, longest waiting first. */
@Route("admin/competitions/:competitionId(\\d+)/messages")
@RolesAllowed(AppRoles.ADMIN)
class InboxView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConversationService conversations;
    private final CompetitionService competitions;

    InboxView(ConversationService conversations, CompetitionService competitions) {
        this.conversations = conversations;
        this.competitions = competitions;
        addClassNames("admin-view", "inbox-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var competition = RouteIds.found(competitions.findById(RouteIds.of(event, "competitionId")));
        removeAll();
        add(new ViewHeader(getTranslation("inbox.title") + " · " + competition.title().in(getLocale()),
                getTranslation("inbox.description")));
        var grid = new Grid<InboxRow>();
        grid.addComponentColumn(r -> new Anchor("applications/" + r.applicationId() + "/messages",
                        r.referenceNumber() == null ? String.valueOf(r.applicationId()) : r.referenceNumber()))
                .setHeader(getTranslation("inbox.column.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InboxRow::title).setHeader(getTranslation("inbox.column.title")).setFlexGrow(1);
        grid.addColumn(InboxRow::applicantName).setHeader(getTranslation("inbox.column.applicant")).setAutoWidth(true);
        grid.addColumn(r -> Almaty.dateTime(r.lastWrittenAt())).setHeader(getTranslation("inbox.column.waiting-since"))
                .setAutoWidth(true);
        grid.addColumn(InboxRow::unread).setHeader(getTranslation("inbox.column.unread")).setAutoWidth(true);
        grid.setItems(conversations.unanswered(competition.id()));
        grid.setEmptyStateText(getTranslation("inbox.none"));
        grid.setAllRowsVisible(true);
        // reasons and titles are sentences: they wrap rather than being cut (the accessibility sweep)
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · " + getTranslation("app.name");
    }
}
