package kz.urpaq.submission.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.Money;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.RowsEditor;
import kz.urpaq.competition.CompetitionOverview.DirectionView;
import kz.urpaq.security.AppRoles;
import kz.urpaq.security.CurrentUser;
import kz.urpaq.submission.Application;
import kz.urpaq.submission.ApplicationContent;
import kz.urpaq.submission.ApplicationDetails;
import kz.urpaq.submission.ApplicationOutcome;
import kz.urpaq.submission.ApplicationOutcomes;
import kz.urpaq.submission.ApplicationRefusedException;
import kz.urpaq.submission.ApplicationService;
import kz.urpaq.submission.ApplicationStatus;
import kz.urpaq.submission.BudgetLine;
import kz.urpaq.submission.Milestone;
import kz.urpaq.submission.MissingItem;
import kz.urpaq.submission.TeamMember;
import kz.urpaq.submission.attachment.ui.AttachmentsPanel;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The application form (domain.md §5). The draft saves itself a moment after typing stops and when
 * the page is left; the browser also keeps a copy of the text fields, so text typed while the
 * connection was lost comes back on the next visit.
 */
@Route("applications/:applicationId(\\d+)")
@RolesAllowed(AppRoles.APPLICANT)
class ApplicationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationService applicationService;
    private final kz.urpaq.submission.attachment.AttachmentService attachmentService;
    private final ApplicationOutcomes outcomes;
    private final CurrentUser currentUser;

    private ApplicationDetails details;
    private boolean loading;
    private ApplicationContent lastSaved;

    private final Span savedIndicator = new Span();
    private final Div statusArea = new Div();
    private final Div form = new Div();
    private final Div actions = new Div();
    private RadioButtonGroup<DirectionView> direction;
    private TextField title;
    private TextArea summary;
    private TextArea relevance;
    private TextArea goals;
    private TextArea expectedResults;
    private TextArea audience;
    private TextField place;
    private TextField videoUrl;
    private RowsEditor<Milestone> milestones;
    private RowsEditor<TeamMember> team;
    private RowsEditor<BudgetLine> budget;
    private final Span budgetTotal = new Span();
    /** Advice for writing, shown only while the application can change. */
    private final List<Component> editingHints = new ArrayList<>();
    private final Div attachments = new Div();
    private final H1 heading = new H1();

    ApplicationView(ApplicationService applicationService,
                    kz.urpaq.submission.attachment.AttachmentService attachmentService, ApplicationOutcomes outcomes,
                    CurrentUser currentUser) {
        this.applicationService = applicationService;
        this.attachmentService = attachmentService;
        this.outcomes = outcomes;
        this.currentUser = currentUser;
        addClassNames("applicant-view", "application-view");
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
        savedIndicator.addClassName("saved-indicator");
        savedIndicator.getElement().setAttribute("aria-live", "polite");
        var deadline = new Paragraph(getTranslation("application.deadline",
                Almaty.dateTime(competition.submissionDeadline())));
        deadline.addClassName("form-deadline");
        var header = new Div(heading, new Paragraph(competition.title().in(getLocale())), deadline, savedIndicator);
        header.addClassName("form-header");
        statusArea.addClassName("status-area");
        form.addClassName("application-form");
        actions.addClassName("form-actions");
        add(header, statusArea, form, actions);
        buildForm();
        show(details);
    }

    private void buildForm() {
        form.removeAll();
        var competition = details.competition();
        direction = new RadioButtonGroup<>(getTranslation("application.field.direction"));
        direction.setId(MissingItem.DIRECTION.fieldId());
        direction.setItems(competition.directions());
        direction.setItemLabelGenerator(d -> d.name().in(getLocale()));
        direction.addValueChangeListener(event -> changed());

        title = Counted.field(getTranslation("application.field.title"), Application.TITLE_MAX_LENGTH,
                MissingItem.TITLE.fieldId());
        summary = Counted.area(getTranslation("application.field.summary"), Application.SUMMARY_MAX_LENGTH,
                MissingItem.SUMMARY.fieldId());
        relevance = Counted.area(getTranslation("application.field.relevance"), Application.LONG_TEXT_MAX_LENGTH,
                MissingItem.RELEVANCE.fieldId());
        goals = Counted.area(getTranslation("application.field.goals"), Application.LONG_TEXT_MAX_LENGTH,
                MissingItem.GOALS.fieldId());
        expectedResults = Counted.area(getTranslation("application.field.expected-results"),
                Application.LONG_TEXT_MAX_LENGTH, MissingItem.EXPECTED_RESULTS.fieldId());
        audience = Counted.area(getTranslation("application.field.audience"), Application.AUDIENCE_MAX_LENGTH,
                MissingItem.AUDIENCE.fieldId());
        place = Counted.field(getTranslation("application.field.place"), Application.PLACE_MAX_LENGTH,
                MissingItem.PLACE.fieldId());
        videoUrl = Counted.field(getTranslation("application.field.video-url"), Application.VIDEO_URL_MAX_LENGTH,
                MissingItem.VIDEO_URL_INVALID.fieldId());
        for (var field : List.of(title, place, videoUrl)) {
            field.addValueChangeListener(event -> changed());
        }
        for (var area : List.of(summary, relevance, goals, expectedResults, audience)) {
            area.addValueChangeListener(event -> changed());
        }

        milestones = new RowsEditor<>(MissingItem.MILESTONES.fieldId(), getTranslation("application.milestone.add"),
                getTranslation("application.row.remove"), Application.MAX_MILESTONES, new Milestone("", null, ""),
                Rows.milestone(this::getTranslation, this::changed), this::changed);
        team = new RowsEditor<>("field-team", getTranslation("application.team.add"),
                getTranslation("application.row.remove"), Application.MAX_TEAM_MEMBERS, new TeamMember("", "", null),
                Rows.teamMember(this::getTranslation, this::changed), this::changed);
        budget = new RowsEditor<>(MissingItem.BUDGET.fieldId(), getTranslation("application.budget.add"),
                getTranslation("application.row.remove"), Application.MAX_BUDGET_LINES, new BudgetLine("", 0, 0),
                Rows.budgetLine(this::getTranslation, this::changed), this::changed);
        budgetTotal.addClassName("budget-total");
        budgetTotal.getElement().setAttribute("aria-live", "polite");

        editingHints.clear();
        form.add(
                section("application.section.direction", direction),
                section("application.section.project", title, hint(getTranslation("application.hint.summary")),
                        summary, relevance, goals),
                section("application.section.plan", hint(getTranslation("application.hint.plan")), milestones),
                section("application.section.results", expectedResults, audience, place),
                section("application.section.team", hint(getTranslation("application.hint.team",
                        Application.MAX_TEAM_MEMBERS)), team),
                section("application.section.budget", hint(getTranslation("application.hint.budget",
                        Money.tenge(details.competition().maxBudgetTenge()))), budget, budgetTotal),
                section("application.section.video", videoUrl),
                attachmentsSection());
    }

    private Paragraph hint(String text) {
        var hint = new Paragraph(text);
        editingHints.add(hint);
        return hint;
    }

    private Component attachmentsSection() {
        attachments.setId(MissingItem.PROJECT_DESCRIPTION_FILE.fieldId());
        var section = new Section(attachments);
        section.addClassName("form-section");
        return section;
    }

    /** The file panel follows the application: uploads and removals only while it can change. */
    private void showAttachments(ApplicationDetails shown) {
        attachments.removeAll();
        attachments.add(new AttachmentsPanel(attachmentService, shown.id(), shown.editable()));
    }

    private Section section(String titleKey, Component... content) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("form-section");
        return section;
    }

    private void show(ApplicationDetails shown) {
        loading = true;
        try {
            details = shown;
            var content = shown.content();
            heading.setText(content.title().isBlank() ? getTranslation("application.untitled") : content.title());
            direction.setValue(shown.competition().directions().stream()
                    .filter(d -> Objects.equals(d.id(), content.directionId())).findFirst().orElse(null));
            title.setValue(content.title());
            summary.setValue(content.summary());
            relevance.setValue(content.relevance());
            goals.setValue(content.goals());
            expectedResults.setValue(content.expectedResults());
            audience.setValue(content.audience());
            place.setValue(content.place());
            videoUrl.setValue(content.videoUrl());
            milestones.setReadOnly(!shown.editable());
            team.setReadOnly(!shown.editable());
            budget.setReadOnly(!shown.editable());
            milestones.setValue(content.milestones());
            team.setValue(content.team());
            budget.setValue(content.budget());
            var readOnly = !shown.editable();
            direction.setReadOnly(readOnly);
            for (var field : List.of(title, place, videoUrl)) {
                Counted.setReadOnly(field, readOnly);
            }
            for (var area : List.of(summary, relevance, goals, expectedResults, audience)) {
                Counted.setReadOnly(area, readOnly);
            }
            editingHints.forEach(hint -> hint.setVisible(!readOnly));
            videoUrl.setPlaceholder(readOnly ? "" : "https://");
            lastSaved = content;
            showAttachments(shown);
            showSaved();
            showTotal(content.budgetTotalTenge());
            showStatus();
            showActions();
        } finally {
            loading = false;
        }
    }

    private ApplicationContent collect() {
        var chosen = direction.getValue();
        return new ApplicationContent(chosen == null ? null : chosen.id(), title.getValue().strip(),
                summary.getValue().strip(), relevance.getValue().strip(), goals.getValue().strip(),
                expectedResults.getValue().strip(), audience.getValue().strip(), place.getValue().strip(),
                videoUrl.getValue().strip(), milestones.getValue(), team.getValue(), budget.getValue());
    }

    private void changed() {
        if (loading || details == null || !details.editable()) {
            return;
        }
        var content = collect();
        showTotal(content.budgetTotalTenge());
        save(content);
    }

    /** Saves when something changed since the last save; a refusal is shown, the typed text stays. */
    private void save(ApplicationContent content) {
        if (content.equals(lastSaved)) {
            return;
        }
        try {
            details = applicationService.saveDraft(details.id(), content);
            lastSaved = content;
            heading.setText(content.title().isBlank() ? getTranslation("application.untitled") : content.title());
            showSaved();
            getElement().executeJs("if (this.$urpaqDraftSaved) this.$urpaqDraftSaved($0)",
                    details.savedAt().toEpochMilli());
        } catch (ApplicationRefusedException refused) {
            savedIndicator.setText(getTranslation(refused.reason().messageKey()));
            savedIndicator.addClassName("not-saved");
            if (refused.reason() == ApplicationRefusedException.Reason.DEADLINE_PASSED) {
                show(applicationService.get(details.id()));
            }
        } catch (ObjectOptimisticLockingFailureException conflict) {
            savedIndicator.setText(getTranslation("application.saved.conflict"));
            savedIndicator.addClassName("not-saved");
        } catch (RuntimeException unexpected) {
            // The session's error handler tells what happened; the indicator must not go on
            // showing the time of the last save as if this one had worked.
            savedIndicator.setText(getTranslation("application.saved.failed"));
            savedIndicator.addClassName("not-saved");
            throw unexpected;
        }
    }

    private void showSaved() {
        savedIndicator.removeClassName("not-saved");
        if (details.status() == ApplicationStatus.DRAFT) {
            savedIndicator.setText(getTranslation("application.saved-at", Almaty.dateTime(details.savedAt())));
        } else {
            savedIndicator.setText("");
        }
    }

    private void showTotal(long total) {
        var max = details.competition().maxBudgetTenge();
        budgetTotal.setText(getTranslation("application.budget.total", Money.tenge(total), Money.tenge(max)));
        budgetTotal.getElement().setAttribute("data-over", String.valueOf(total > max));
    }

    private void showStatus() {
        statusArea.removeAll();
        var status = details.status();
        if (status == ApplicationStatus.DRAFT && !details.submissionsOpen()) {
            statusArea.add(banner(VaadinIcon.CLOCK, getTranslation("application.closed.banner",
                    Almaty.dateTime(details.competition().submissionDeadline()))));
        }
        if (status != ApplicationStatus.DRAFT) {
            outcomes.forMyApplication(details.id()).ifPresent(outcome -> statusArea.add(outcome(outcome)));
            statusArea.add(new StatusTimeline(details));
        }
    }

    /** The applicant's own result once announced, and what the jurors wrote to them. */
    private Component outcome(ApplicationOutcome outcome) {
        var direction = details.competition().directions().stream()
                .filter(d -> d.id() == Objects.requireNonNullElse(details.content().directionId(), -1L))
                .map(d -> d.name().in(getLocale())).findFirst().orElse("");
        var place = outcome.place();
        var headline = new Paragraph(place != null
                ? getTranslation("application.outcome.place", place, direction)
                : outcome.grant() ? getTranslation("application.outcome.grant", direction)
                : getTranslation("application.outcome.ranked", outcome.position(), outcome.rankedCount(), direction));
        headline.addClassName("outcome-headline");
        var card = new Section(new H2(getTranslation("application.outcome.title")), headline);
        card.addClassName("outcome");
        card.getElement().setAttribute("data-place", place == null ? "" : String.valueOf(place));
        if (place != null && outcome.grant()) {
            card.add(new Paragraph(getTranslation("application.outcome.and-grant")));
        }
        var score = java.text.NumberFormat.getNumberInstance(getLocale());
        score.setMinimumFractionDigits(2);
        score.setMaximumFractionDigits(2);
        card.add(new Paragraph(getTranslation("application.outcome.score", score.format(outcome.score()))));
        if (outcome.commentsShown()) {
            if (outcome.comments().isEmpty()) {
                card.add(new Paragraph(getTranslation("application.outcome.no-comments")));
            } else {
                var comments = new Div();
                comments.addClassName("outcome-comments");
                comments.add(new H3(getTranslation("application.outcome.comments")));
                outcome.comments().forEach(text -> comments.add(new Paragraph(text)));
                card.add(comments);
            }
        }
        var links = new Div(new Anchor("results/" + outcome.competitionId(),
                getTranslation("application.outcome.all-results")),
                new Anchor("certificates", getTranslation("nav.my-certificates")));
        links.addClassName("outcome-links");
        card.add(links);
        return card;
    }

    private static Div banner(VaadinIcon icon, String text) {
        var banner = new Div(icon.create(), new Span(text));
        banner.addClassName("banner");
        return banner;
    }

    private void showActions() {
        actions.removeAll();
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
            var reopen = new Button(getTranslation("application.reopen"), VaadinIcon.EDIT.create(), click -> {
                try {
                    show(applicationService.reopen(details.id()));
                } catch (RefusedException refused) {
                    Notifications.refused(this, refused);
                }
            });
            actions.add(reopen);
        }
    }

    private void checkAndSubmit(Button submit) {
        save(collect());
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
                list.add(new ListItem(new Anchor("profile",
                        getTranslation(item.labelKey()))));
                continue;
            }
            if (item.fieldId().isEmpty()) {
                list.add(new ListItem(getTranslation(item.labelKey())));
                continue;
            }
            var link = new Button(getTranslation(item.labelKey()), click -> {
                dialog.close();
                UI.getCurrent().getPage().executeJs(SCROLL_TO_FIELD, item.fieldId());
            });
            link.addThemeVariants(ButtonVariant.TERTIARY);
            list.add(new ListItem(link));
        }
        dialog.add(new Paragraph(getTranslation("application.checklist.text")), list);
        var close = new Button(getTranslation("application.checklist.close"), click -> dialog.close());
        dialog.getFooter().add(close);
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
        if (details == null) {
            return;
        }
        getElement().executeJs(DRAFT_BACKUP, "urpaq-draft-" + details.id(), details.savedAt().toEpochMilli(),
                details.editable());
    }

    /**
     * Saves a change whose save failed earlier; every other change was saved as it came. Only
     * for a signed-in person: when the session ends or the server stops, nobody is, the service
     * would refuse, and the browser's copy of the text still brings it back on the next visit.
     */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (details != null && details.editable() && currentUser.get().isPresent()) {
            save(collect());
        }
    }

    private static final String SCROLL_TO_FIELD = """
            const el = document.getElementById($0);
            if (el) { el.scrollIntoView({ block: 'center' }); if (el.focus) el.focus(); }
            """;

    /**
     * Keeps a copy of the text fields in the browser's storage, tagged with the server's last
     * save it builds on. On the next visit, if the server still has that save and the copy
     * differs, the copy is put back (and then saved): text typed while offline is not lost.
     */
    private static final String DRAFT_BACKUP = """
            const root = this, key = $0, editable = $2;
            let base = $1;
            const fields = () => Array.from(root.querySelectorAll('[data-draft-field]'));
            const store = () => {
              const values = {};
              fields().forEach(f => { if (f.id) values[f.id] = f.value; });
              try { localStorage.setItem(key, JSON.stringify({ base, values })); } catch (e) { }
            };
            root.$urpaqDraftSaved = savedAt => { base = savedAt; store(); };
            if (!editable) { try { localStorage.removeItem(key); } catch (e) { } return; }
            try {
              const copy = JSON.parse(localStorage.getItem(key) || 'null');
              if (copy && copy.base === base) {
                Object.entries(copy.values).forEach(([id, value]) => {
                  const f = root.querySelector('#' + CSS.escape(id));
                  if (f && f.value !== value) {
                    f.value = value;
                    f.dispatchEvent(new CustomEvent('change', { bubbles: true }));
                  }
                });
              }
            } catch (e) { }
            if (!root.$urpaqListening) {
              root.$urpaqListening = true;
              root.addEventListener('input', store);
            }
            """;

    @Override
    public String getPageTitle() {
        return (details == null || details.content().title().isBlank() ? getTranslation("application.untitled")
                : details.content().title()) + " · " + getTranslation("app.name");
    }
}
