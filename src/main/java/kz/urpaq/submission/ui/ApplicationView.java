package kz.urpaq.submission.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
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
import kz.urpaq.security.AppRoles;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.submission.ApplicationContent;
import kz.urpaq.submission.ApplicationDetails;
import kz.urpaq.submission.ApplicationOutcomes;
import kz.urpaq.submission.ApplicationService;
import kz.urpaq.submission.ApplicationStatus;
import kz.urpaq.submission.GuardianConsentService;
import kz.urpaq.submission.MissingItem;
import kz.urpaq.submission.attachment.AttachmentService;
import kz.urpaq.submission.attachment.ui.AttachmentsPanel;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Objects;

/**
 * The application page (domain.md §5): the form, whose draft saves itself a moment after typing
 * stops and when the page is left, the checklist before submitting, submit, withdraw and reopen,
 * and once submitted where the application stands and its result.
 */
@Route("applications/:applicationId(\\d+)")
@RolesAllowed(AppRoles.APPLICANT)
class ApplicationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applicationService;
    private final AttachmentService attachmentService;
    private final ApplicationOutcomes outcomes;
    private final CurrentUser currentUser;
    private final GuardianConsentService guardians;

    /** Read, and the form built, before the page is shown. */
    private ApplicationDetails details;
    private ApplicationForm form;
    private ApplicationContent lastSaved;

    private final H1 heading = new H1();
    private final Span savedIndicator = new Span();
    private final Div statusArea = new Div();
    private final Div attachments = new Div();
    private final Div actions = new Div();
    private final Div guardianArea = new Div();

    ApplicationView(ApplicationService applicationService, AttachmentService attachmentService,
                    ApplicationOutcomes outcomes, CurrentUser currentUser, GuardianConsentService guardians) {
        this.guardians = guardians;
        this.applicationService = applicationService;
        this.attachmentService = attachmentService;
        this.outcomes = outcomes;
        this.currentUser = currentUser;
        addClassNames("applicant-view", "application-view");
        savedIndicator.addClassName("saved-indicator");
        savedIndicator.getElement().setAttribute("aria-live", "polite");
        statusArea.addClassName("status-area");
        attachments.setId(MissingItem.PROJECT_DESCRIPTION_FILE.fieldId());
        actions.addClassName("form-actions");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            details = applicationService.get(RouteIds.of(event, "applicationId"));
        } catch (AccessDeniedException denied) {
            // someone else's application looks exactly like one that does not exist
            throw RouteIds.notFound();
        }
        build();
    }

    private void build() {
        removeAll();
        var competition = details.competition();
        var deadline = new Paragraph(getTranslation("application.deadline",
                Almaty.dateTime(competition.submissionDeadline())));
        deadline.addClassName("form-deadline");
        var header = new Div(heading, new Paragraph(competition.title().in(getLocale())), deadline, savedIndicator);
        header.addClassName("form-header");
        form = new ApplicationForm(competition, attachments);
        form.onChange(this::changed);
        add(header, statusArea, guardianArea, form, actions);
        show(details);
    }

    private void show(ApplicationDetails shown) {
        details = shown;
        lastSaved = shown.content();
        form.read(shown.content(), shown.editable());
        heading.setText(titleOf(shown.content()));
        attachments.removeAll();
        attachments.add(new AttachmentsPanel(attachmentService, shown.id(), shown.editable()));
        showSaved();
        showStatus();
        showGuardian();
        showActions();
    }

    /** An applicant under 18 on the deadline waits for their guardian's consent before submitting. */
    private void showGuardian() {
        guardianArea.removeAll();
        var status = guardians.status(details.id());
        if (status.required() && (details.editable() || status.confirmed())) {
            guardianArea.add(new GuardianPanel(guardians, details.id(), status, details.editable()));
        }
    }

    private void changed() {
        if (details.editable()) {
            saveForm();
        }
    }

    /** Saves what the fields hold, unless a field breaks its limit (the field then says which). */
    private void saveForm() {
        form.content().ifPresentOrElse(this::save, () -> notSaved(getTranslation("application.saved.failed")));
    }

    /** Saves when something changed since the last save; a refusal is shown, the typed text stays. */
    private void save(ApplicationContent content) {
        if (content.equals(lastSaved)) {
            return;
        }
        var id = details.id();
        try {
            details = applicationService.saveDraft(id, content);
            lastSaved = content;
            heading.setText(titleOf(content));
            showSaved();
            form.saved(details.savedAt());
        } catch (RefusedException refused) {
            // When the application can no longer change (the deadline passed meanwhile), the page
            // shows it as it now is; otherwise the typed text stays for the person to correct.
            var now = applicationService.get(id);
            if (!now.editable()) {
                show(now);
            }
            notSaved(Notifications.message(this, refused));
        } catch (ObjectOptimisticLockingFailureException conflict) {
            notSaved(getTranslation("application.saved.conflict"));
        } catch (RuntimeException unexpected) {
            // The session's error handler tells what happened; the indicator must not go on
            // showing the time of the last save as if this one had worked.
            notSaved(getTranslation("application.saved.failed"));
            throw unexpected;
        }
    }

    private void notSaved(String text) {
        savedIndicator.setText(text);
        savedIndicator.addClassName("not-saved");
    }

    private void showSaved() {
        savedIndicator.removeClassName("not-saved");
        savedIndicator.setText(details.status() == ApplicationStatus.DRAFT || details.editable()
                ? getTranslation("application.saved-at", Almaty.dateTime(details.savedAt())) : "");
    }

    private void showStatus() {
        statusArea.removeAll();
        var status = details.status();
        if (status == ApplicationStatus.DRAFT && !details.submissionsOpen()) {
            statusArea.add(banner(VaadinIcon.CLOCK, getTranslation("application.closed.banner",
                    Almaty.dateTime(details.competition().submissionDeadline()))));
        }
        if (status == ApplicationStatus.REVISION_REQUESTED && details.revisionDeadline() != null) {
            var revision = banner(VaadinIcon.EDIT, getTranslation(details.revisionOpen() ? "revision.banner"
                    : "revision.banner.closed", Almaty.dateTime(details.revisionDeadline())));
            var note = new Paragraph(details.revisionNote() == null ? "" : details.revisionNote());
            note.addClassName("revision-note");
            revision.add(note);
            revision.setId("revision-banner");
            statusArea.add(revision);
        }
        if (status != ApplicationStatus.DRAFT) {
            outcomes.forMyApplication(details.id())
                    .ifPresent(outcome -> statusArea.add(new OutcomeCard(outcome, directionName())));
            statusArea.add(new StatusTimeline(details));
        }
    }

    private String directionName() {
        var chosen = details.content().directionId();
        return details.competition().directions().stream().filter(d -> Objects.equals(d.id(), chosen))
                .map(d -> d.name().in(getLocale())).findFirst().orElse("");
    }

    private static Div banner(VaadinIcon icon, String text) {
        var banner = new Div(icon.create(), new Span(text));
        banner.addClassName("banner");
        return banner;
    }

    private void showActions() {
        actions.removeAll();
        if (details.referenceNumber() != null) {
            var messages = new Anchor("applications/" + details.id() + "/messages",
                    getTranslation("conversation.open"));
            messages.setId("open-conversation");
            actions.add(messages);
        }
        if (details.status() == ApplicationStatus.ELIGIBLE && details.competition().appealsEnabled()
                && !details.competition().phase().isBefore(kz.urpaq.competition.Phase.PRELIMINARY)) {
            var appeal = new Anchor("applications/" + details.id() + "/appeal", getTranslation("appeal.open"));
            appeal.setId("open-appeal");
            actions.add(appeal);
        }
        if (details.editable()) {
            var submit = new Button(getTranslation("application.submit"), VaadinIcon.PAPERPLANE.create(),
                    click -> checkAndSubmit(click.getSource()));
            submit.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
            submit.setDisableOnClick(true);
            submit.setId("submit-application");
            actions.add(submit);
        }
        if (details.canWithdraw()) {
            var withdraw = new Button(getTranslation("application.withdraw"), VaadinIcon.ARROW_BACKWARD.create(),
                    click -> confirmWithdraw());
            withdraw.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            actions.add(withdraw);
        }
        if (details.canReopen()) {
            actions.add(new Button(getTranslation("application.reopen"), VaadinIcon.EDIT.create(), click -> {
                try {
                    show(applicationService.reopen(details.id()));
                } catch (RefusedException refused) {
                    Notifications.refused(this, refused);
                }
            }));
        }
    }

    private void checkAndSubmit(Button submit) {
        saveForm();
        var missing = applicationService.checklist(details.id());
        if (!missing.isEmpty()) {
            showChecklist(missing);
            submit.setEnabled(true);
            return;
        }
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("application.confirm.title"));
        confirm.setText(getTranslation("application.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("application.confirm.cancel"));
        confirm.setConfirmText(getTranslation("application.confirm.submit"));
        confirm.addConfirmListener(event -> {
            try {
                show(applicationService.submit(details.id()));
                Notifications.success(getTranslation("application.submitted.notice", details.referenceNumber()));
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
                show(applicationService.get(details.id()));
            }
        });
        confirm.addCancelListener(event -> submit.setEnabled(true));
        confirm.open();
    }

    private void showChecklist(List<MissingItem> missing) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("application.checklist.title"));
        var list = new UnorderedList();
        list.addClassName("checklist");
        for (var item : missing) {
            if (item == MissingItem.PROFILE_INCOMPLETE) {
                list.add(new ListItem(new Anchor("profile", getTranslation(item.labelKey()))));
            } else if (item.fieldId().isEmpty()) {
                list.add(new ListItem(getTranslation(item.labelKey())));
            } else {
                var link = new Button(getTranslation(item.labelKey()), click -> {
                    dialog.close();
                    form.showField(item.fieldId());
                });
                link.addThemeVariants(ButtonVariant.TERTIARY);
                list.add(new ListItem(link));
            }
        }
        dialog.add(new Paragraph(getTranslation("application.checklist.text")), list);
        dialog.getFooter().add(new Button(getTranslation("application.checklist.close"), click -> dialog.close()));
        dialog.open();
    }

    private void confirmWithdraw() {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("application.withdraw.title"));
        confirm.setText(getTranslation("application.withdraw.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("application.confirm.cancel"));
        confirm.setConfirmText(getTranslation("application.withdraw"));
        confirm.setConfirmButtonTheme(ButtonVariant.ERROR.getVariantName() + " " + ButtonVariant.PRIMARY.getVariantName());
        confirm.addConfirmListener(event -> {
            try {
                show(applicationService.withdraw(details.id()));
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        confirm.open();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        form.keepBrowserCopy(details.id(), details.savedAt(), details.editable());
    }

    /**
     * Saves a change whose save failed earlier; every other change was saved as it came. Only
     * for a signed-in person: when the session ends or the server stops, nobody is, the service
     * would refuse, and the browser's copy of the text still brings it back on the next visit.
     */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (details.editable() && currentUser.get().isPresent()) {
            saveForm();
        }
    }

    private String titleOf(ApplicationContent content) {
        return content.title().isBlank() ? getTranslation("application.untitled") : content.title();
    }

    @Override
    public String getPageTitle() {
        return titleOf(details.content()) + " · " + getTranslation("app.name");
    }
}
