package kz.urpaq.grant.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.FieldMessages;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.grant.report.GrantReportRefusedException;
import kz.urpaq.grant.report.GrantReportService;
import kz.urpaq.grant.report.ReportDetails;
import kz.urpaq.security.AppRoles;
import org.springframework.security.access.AccessDeniedException;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A grant's two reports for the organiser (domain.md §14): each as its recipient wrote it, with its
 * files and history; one handed in can be accepted or returned with a comment. A grant of another
 * organiser's competition is not found.
 */
@Route("admin/grants/:grantId(\\d+)/reports")
@RolesAllowed(AppRoles.ADMIN)
class GrantReportsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final GrantReportService reports;
    private long grantId;
    private String title = "";

    GrantReportsView(GrantReportService reports) {
        this.reports = reports;
        addClassNames("organiser-view", "grant-reports-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grantId = RouteIds.of(event, "grantId");
        try {
            show(reports.reports(grantId));
        } catch (GrantReportRefusedException | AccessDeniedException notOurs) {
            throw RouteIds.notFound();
        }
    }

    private void show(List<ReportDetails> shown) {
        removeAll();
        var first = shown.getFirst();
        title = getTranslation("grant.report.organiser.title", first.projectTitle());
        var heading = new H1(title);
        var grant = new Paragraph(getTranslation("grant.report.organiser.grant",
                getTranslation(first.grantState().labelKey())));
        grant.setId("grant-state");
        add(new Div(heading, grant));
        shown.forEach(details -> add(report(details)));
    }

    private Section report(ReportDetails details) {
        var prefix = details.kind().name().toLowerCase(Locale.ROOT) + "-";
        var section = new Section(new H2(getTranslation(details.kind().labelKey())));
        section.addClassName("grant-report");
        section.setId(prefix + "report");
        section.getElement().setAttribute("data-state", details.state() == null ? "" : details.state().name());
        var due = details.due() == null ? getTranslation("grant.report.due.none")
                : getTranslation("grant.report.due", details.due().format(DateTimeFormatter.ofPattern(Almaty.DATE_PATTERN)));
        var state = new Paragraph(getTranslation("grant.report.state-line", details.state() == null
                ? getTranslation("grant.report.not-started") : getTranslation(details.state().labelKey())) + " · " + due);
        state.setId(prefix + "state");
        section.add(state);
        if (details.overdue()) {
            var overdue = new Paragraph(getTranslation("grant.report.overdue"));
            overdue.addClassName("banner");
            overdue.setId(prefix + "overdue");
            section.add(overdue);
        }
        if (details.state() == null) {
            return section;
        }
        if (details.awaitsDecision()) {
            section.add(decision(details, prefix));
        }
        var form = new ReportForm(prefix, details.plan(), details.amount());
        form.read(details.content(), false);
        section.add(form, new ReportFilesPanel(reports, details, prefix, () -> { }),
                new ReportHistoryList(prefix + "history", details.history()));
        return section;
    }

    private Div decision(ReportDetails details, String prefix) {
        var accept = new Button(getTranslation("grant.report.accept"), VaadinIcon.CHECK.create(),
                click -> confirmAccept(details));
        accept.addThemeVariants(ButtonVariant.PRIMARY);
        accept.setId(prefix + "accept");
        var giveBack = new Button(getTranslation("grant.report.return"), VaadinIcon.ARROW_BACKWARD.create(),
                click -> askComment(details, prefix));
        giveBack.setId(prefix + "return");
        var actions = new Div(accept, giveBack);
        actions.addClassName("form-actions");
        return actions;
    }

    private void confirmAccept(ReportDetails details) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("grant.report.accept.title"));
        confirm.setText(getTranslation("grant.report.accept.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("grant.report.confirm.cancel"));
        confirm.setConfirmText(getTranslation("grant.report.accept.yes"));
        confirm.addConfirmListener(event -> act(() -> reports.accept(grantId, details.kind()),
                "grant.report.accepted.notice"));
        confirm.open();
    }

    private void askComment(ReportDetails details, String prefix) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("grant.report.return.title"));
        var comment = FieldMessages.text(new TextArea(getTranslation("grant.report.return.comment")),
                GrantReportService.COMMENT_MAX_LENGTH);
        comment.setRequired(true);
        comment.setWidthFull();
        comment.setId(prefix + "return-comment");
        var send = new Button(getTranslation("grant.report.return"), click -> {
            if (act(() -> reports.returnWithComment(grantId, details.kind(), comment.getValue()),
                    "grant.report.returned.notice")) {
                dialog.close();
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId(prefix + "confirm-return");
        dialog.add(comment);
        dialog.getFooter().add(new Button(getTranslation("grant.report.confirm.cancel"), click -> dialog.close()), send);
        dialog.open();
    }

    private boolean act(Runnable change, String noticeKey) {
        try {
            change.run();
            Notifications.success(getTranslation(noticeKey));
            show(reports.reports(grantId));
            return true;
        } catch (RefusedException refused) {
            Notifications.refused(this, refused);
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
