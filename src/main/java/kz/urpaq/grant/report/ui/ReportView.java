package kz.urpaq.grant.report.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.grant.ReportKind;
import kz.urpaq.grant.report.GrantReportRefusedException;
import kz.urpaq.grant.report.GrantReportService;
import kz.urpaq.grant.report.ReportContent;
import kz.urpaq.grant.report.ReportDetails;
import kz.urpaq.grant.report.ReportState;
import kz.urpaq.security.AppRoles;
import kz.urpaq.security.CurrentUser;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The recipient's report (domain.md §14): the form over the application's milestones, results and
 * budget, whose draft saves itself a moment after typing stops and when the page is left; receipts and
 * photos; handing in; the comment of a return and the history. Another person's grant is not found.
 */
@Route("grants/:grantId(\\d+)/reports/:kind(interim|final)")
@RolesAllowed(AppRoles.APPLICANT)
class ReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final GrantReportService reports;
    private final CurrentUser currentUser;

    private ReportDetails details;
    private ReportForm form;
    private ReportContent lastSaved;

    private final H1 heading = new H1();
    private final Span savedIndicator = new Span();
    private final Div statusArea = new Div();
    private final Div files = new Div();
    private final Div actions = new Div();
    private final Div history = new Div();

    ReportView(GrantReportService reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
        addClassNames("applicant-view", "report-view");
        savedIndicator.addClassName("saved-indicator");
        savedIndicator.setId("report-saved");
        savedIndicator.getElement().setAttribute("aria-live", "polite");
        statusArea.addClassName("status-area");
        actions.addClassName("form-actions");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var kind = ReportKind.valueOf(event.getRouteParameters().get("kind").orElseThrow().toUpperCase(Locale.ROOT));
        try {
            details = reports.open(RouteIds.of(event, "grantId"), kind);
        } catch (GrantReportRefusedException | AccessDeniedException notYours) {
            // someone else's grant looks exactly like one that does not exist
            throw RouteIds.notFound();
        }
        build();
    }

    private void build() {
        removeAll();
        heading.setText(getTranslation(details.kind().labelKey()));
        var project = new Paragraph(details.projectTitle());
        project.addClassName("report-project");
        var header = new Div(heading, project, due(), savedIndicator);
        header.addClassName("form-header");
        form = new ReportForm("", details.plan(), details.amount());
        form.onChange(this::changed);
        add(header, statusArea, form, files, actions, history);
        show(details);
    }

    private Paragraph due() {
        var due = new Paragraph(details.due() == null ? getTranslation("grant.report.due.none")
                : getTranslation("grant.report.due", details.due().format(DateTimeFormatter.ofPattern(Almaty.DATE_PATTERN))));
        due.addClassName("form-deadline");
        return due;
    }

    private void show(ReportDetails shown) {
        details = shown;
        lastSaved = shown.content();
        form.read(shown.content(), shown.editable());
        showSaved();
        showStatus();
        showFiles();
        showActions();
        history.removeAll();
        history.add(new ReportHistoryList("report-history", shown.history()));
    }

    private void showFiles() {
        files.removeAll();
        if (details.state() != null) {
            files.add(new ReportFilesPanel(reports, details, "", () -> show(reports.open(details.grantId(),
                    details.kind()))));
        }
    }

    private void changed() {
        if (details.editable()) {
            saveForm();
        }
    }

    private void saveForm() {
        form.content().ifPresentOrElse(this::save, () -> notSaved(getTranslation("grant.report.saved.failed")));
    }

    /** Saves when something changed since the last save; a refusal is shown, the typed text stays. */
    private void save(ReportContent content) {
        if (content.equals(lastSaved)) {
            return;
        }
        try {
            details = reports.saveDraft(details.grantId(), details.kind(), content);
            lastSaved = content;
            showSaved();
        } catch (RefusedException refused) {
            var now = reports.open(details.grantId(), details.kind());
            if (!now.editable()) {
                show(now);
            }
            notSaved(Notifications.message(this, refused));
        } catch (ObjectOptimisticLockingFailureException conflict) {
            notSaved(getTranslation("grant.report.saved.conflict"));
        }
    }

    private void notSaved(String text) {
        savedIndicator.setText(text);
        savedIndicator.addClassName("not-saved");
    }

    private void showSaved() {
        savedIndicator.removeClassName("not-saved");
        savedIndicator.setText(details.editable() && details.savedAt() != null
                ? getTranslation("grant.report.saved-at", Almaty.dateTime(details.savedAt())) : "");
    }

    private void showStatus() {
        statusArea.removeAll();
        var state = new Paragraph(getTranslation("grant.report.state-line", details.state() == null
                ? getTranslation("grant.report.not-started") : getTranslation(details.state().labelKey())));
        state.setId("report-state");
        state.getElement().setAttribute("data-state", details.state() == null ? "" : details.state().name());
        statusArea.add(state);
        if (details.state() == null) {
            statusArea.add(banner(VaadinIcon.CLOCK, getTranslation("grant.report.grant-not-active")));
        }
        if (details.overdue()) {
            var overdue = banner(VaadinIcon.WARNING, getTranslation("grant.report.overdue"));
            overdue.setId("report-overdue");
            statusArea.add(overdue);
        }
        var comment = details.returnComment();
        if (comment != null) {
            var returned = banner(VaadinIcon.EDIT, getTranslation("grant.report.returned.banner"));
            var note = new Paragraph(comment);
            note.addClassName("revision-note");
            returned.add(note);
            returned.setId("return-comment");
            statusArea.add(returned);
        }
    }

    private static Div banner(VaadinIcon icon, String text) {
        var banner = new Div(icon.create(), new Span(text));
        banner.addClassName("banner");
        return banner;
    }

    private void showActions() {
        actions.removeAll();
        actions.add(new Anchor("grants", getTranslation("grant.report.back")));
        if (details.editable()) {
            var submit = new Button(getTranslation(details.state() == ReportState.RETURNED ? "grant.report.resubmit"
                    : "grant.report.submit"), VaadinIcon.PAPERPLANE.create(), click -> confirmSubmit(click.getSource()));
            submit.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            submit.setDisableOnClick(true);
            submit.setId("submit-report");
            actions.add(submit);
        }
    }

    private void confirmSubmit(Button submit) {
        saveForm();
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("grant.report.confirm.title"));
        confirm.setText(getTranslation("grant.report.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("grant.report.confirm.cancel"));
        confirm.setConfirmText(getTranslation("grant.report.confirm.yes"));
        confirm.addConfirmListener(event -> {
            try {
                show(reports.submit(details.grantId(), details.kind()));
                Notifications.success(getTranslation("grant.report.submitted.notice"));
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
                submit.setEnabled(true);
            }
        });
        confirm.addCancelListener(event -> submit.setEnabled(true));
        confirm.open();
    }

    /** Saves a change whose save failed earlier, while someone is signed in to be refused or not. */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (details.editable() && currentUser.get().isPresent()) {
            saveForm();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(details.kind().labelKey()) + " · " + details.projectTitle() + " · "
                + getTranslation("app.name");
    }
}
