package kz.urpaq.submission.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.applicant.District;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.Money;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionService;
import kz.urpaq.security.AppRoles;
import kz.urpaq.submission.ApplicationStatus;
import kz.urpaq.submission.ScreeningFilter;
import kz.urpaq.submission.ScreeningRow;
import kz.urpaq.submission.ScreeningService;
import kz.urpaq.submission.attachment.AttachmentService;
import kz.urpaq.submission.attachment.ui.AttachmentsPanel;

import java.util.List;

/**
 * Screening: the submitted applications of a competition in a lazy grid with filters; read one,
 * mark one or a selection eligible or not, with the reason the applicant will read.
 */
@Route("admin/competitions/:competitionId(\\d+)/screening")
@RolesAllowed(AppRoles.ADMIN)
class ScreeningView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ScreeningService screening;
    private final CompetitionService competitions;
    private final AttachmentService attachments;
    private CompetitionOverview competition;

    private final ComboBox<CompetitionOverview.DirectionView> direction = new ComboBox<>();
    private final ComboBox<District> district = new ComboBox<>();
    private final ComboBox<ApplicationStatus> status = new ComboBox<>();
    private final IntegerField minAge = new IntegerField();
    private final IntegerField maxAge = new IntegerField();
    private final TextField title = new TextField();
    private final Grid<ScreeningRow> grid = new Grid<>();

    ScreeningView(ScreeningService screening, CompetitionService competitions, AttachmentService attachments) {
        this.screening = screening;
        this.competitions = competitions;
        this.attachments = attachments;
        addClassNames("admin-view", "screening-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        competition = RouteIds.found(competitions.findById(RouteIds.of(event, "competitionId")));
        build();
    }

    private void build() {
        removeAll();
        add(new ViewHeader(getTranslation("screening.title") + " · " + competition.title().in(getLocale()),
                getTranslation("screening.description")));
        var phase = new Span(getTranslation(competition.phase().labelKey()));
        phase.addClassName("phase-badge");
        add(phase);

        direction.setLabel(getTranslation("screening.filter.direction"));
        direction.setItems(competition.directions());
        direction.setItemLabelGenerator(d -> d.name().in(getLocale()));
        district.setLabel(getTranslation("screening.filter.district"));
        district.setItems(District.values());
        district.setItemLabelGenerator(d -> d.displayName().in(getLocale()));
        status.setLabel(getTranslation("screening.filter.status"));
        status.setItems(ApplicationStatus.SUBMITTED, ApplicationStatus.ELIGIBLE, ApplicationStatus.INELIGIBLE,
                ApplicationStatus.REVISION_REQUESTED);
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        minAge.setLabel(getTranslation("screening.filter.min-age"));
        maxAge.setLabel(getTranslation("screening.filter.max-age"));
        title.setLabel(getTranslation("screening.filter.title"));
        title.setValueChangeMode(ValueChangeMode.LAZY);
        for (var box : List.of(direction, district, status)) {
            box.setClearButtonVisible(true);
        }
        var filters = new Div(direction, district, status, minAge, maxAge, title);
        filters.addClassName("filters");

        grid.removeAllColumns();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(r -> r.referenceNumber() == null ? "" : r.referenceNumber())
                .setHeader(getTranslation("screening.column.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ScreeningRow::title).setHeader(getTranslation("screening.column.title")).setFlexGrow(2);
        grid.addColumn(ScreeningRow::applicantName).setHeader(getTranslation("screening.column.applicant"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.direction() == null ? "" : r.direction().in(getLocale()))
                .setHeader(getTranslation("screening.column.direction")).setAutoWidth(true);
        grid.addColumn(r -> r.district() == null ? "" : r.district().displayName().in(getLocale()))
                .setHeader(getTranslation("screening.column.district")).setAutoWidth(true);
        grid.addColumn(r -> r.ageOnDeadline() == null ? "" : String.valueOf(r.ageOnDeadline()))
                .setHeader(getTranslation("screening.column.age")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> getTranslation(r.status().labelKey())).setHeader(getTranslation("screening.column.status"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.submittedAt() == null ? "" : Almaty.dateTime(r.submittedAt()))
                .setHeader(getTranslation("screening.column.submitted")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            var read = new Button(getTranslation("screening.open"), VaadinIcon.EYE.create(), click -> read(r));
            read.addThemeVariants(ButtonVariant.TERTIARY);
            return read;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> screening.search(competition.id(), filter(), query.getOffset(), query.getLimit())
                .stream());
        grid.setEmptyStateText(getTranslation("screening.none"));
        for (var field : List.<com.vaadin.flow.component.HasValue<?, ?>>of(direction, district, status, minAge, maxAge,
                title)) {
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }

        var eligible = new Button(getTranslation("screening.mark-eligible"), VaadinIcon.CHECK.create(),
                click -> decideSelected(true));
        eligible.addThemeVariants(ButtonVariant.PRIMARY);
        eligible.setId("mark-eligible");
        var ineligible = new Button(getTranslation("screening.mark-ineligible"), VaadinIcon.CLOSE.create(),
                click -> decideSelected(false));
        ineligible.addThemeVariants(ButtonVariant.ERROR);
        ineligible.setId("mark-ineligible");
        var inbox = new com.vaadin.flow.component.html.Anchor("admin/competitions/" + competition.id() + "/messages",
                getTranslation("inbox.open"));
        var actions = new Div(eligible, ineligible, inbox);
        actions.addClassName("desk-actions");
        add(filters, actions, grid);
    }

    private ScreeningFilter filter() {
        return new ScreeningFilter(direction.getValue() == null ? null : direction.getValue().id(), district.getValue(),
                status.getValue(), minAge.getValue(), maxAge.getValue(), title.getValue());
    }

    private void decideSelected(boolean eligible) {
        var selected = grid.getSelectedItems().stream().map(ScreeningRow::applicationId).toList();
        if (selected.isEmpty()) {
            Notifications.error(getTranslation("screening.select-first"));
            return;
        }
        askAndDecide(selected, eligible, null);
    }

    /** Asks for the reason (required when not eligible) and marks the applications. */
    private void askAndDecide(List<Long> ids, boolean eligible, Dialog parent) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(eligible ? "screening.mark-eligible" : "screening.mark-ineligible"));
        var reason = new TextArea(getTranslation("screening.reason"));
        reason.setMaxLength(ScreeningService.REASON_MAX_LENGTH);
        reason.setWidthFull();
        reason.setId("screening-reason");
        reason.setRequired(!eligible);
        var confirm = new Button(getTranslation("screening.confirm"), click -> {
            try {
                var count = screening.decideAll(ids, eligible, reason.getValue());
                Notifications.success(getTranslation("screening.decided", count));
                dialog.close();
                if (parent != null) {
                    parent.close();
                }
                grid.deselectAll();
                grid.getDataProvider().refreshAll();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        confirm.addThemeVariants(eligible ? ButtonVariant.PRIMARY : ButtonVariant.ERROR);
        confirm.setId("confirm-decision");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("screening.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void read(ScreeningRow row) {
        var content = screening.content(row.applicationId());
        var dialog = new Dialog();
        dialog.setHeaderTitle(content.title().isBlank() ? getTranslation("application.untitled") : content.title());
        dialog.setWidth("min(60rem, 95vw)");
        var body = new Div();
        body.addClassName("screening-read");
        section(body, "application.field.summary", content.summary());
        section(body, "application.field.relevance", content.relevance());
        section(body, "application.field.goals", content.goals());
        section(body, "application.section.plan", String.join("\n", content.milestones().stream()
                .map(m -> "• " + m.title() + (m.finishBy() == null ? "" : " — " + m.finishBy()
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))).toList()));
        section(body, "application.field.expected-results", content.expectedResults());
        section(body, "application.field.audience", content.audience());
        section(body, "application.field.place", content.place());
        section(body, "application.section.team", String.join("\n", content.team().stream()
                .map(t -> "• " + t.fullName() + (t.role().isBlank() ? "" : ", " + t.role())).toList()));
        section(body, "application.section.budget", getTranslation("application.budget.total",
                Money.tenge(content.budgetTotalTenge()), Money.tenge(competition.maxBudgetTenge())));
        section(body, "application.section.video", content.videoUrl());
        body.add(new AttachmentsPanel(attachments, row.applicationId(), false));
        dialog.add(body);
        var eligible = new Button(getTranslation("screening.mark-eligible"),
                click -> askAndDecide(List.of(row.applicationId()), true, dialog));
        eligible.addThemeVariants(ButtonVariant.PRIMARY);
        var ineligible = new Button(getTranslation("screening.mark-ineligible"),
                click -> askAndDecide(List.of(row.applicationId()), false, dialog));
        ineligible.addThemeVariants(ButtonVariant.ERROR);
        var revision = new Button(getTranslation("revision.request"), VaadinIcon.EDIT.create(),
                click -> askRevision(row.applicationId(), dialog));
        revision.setId("request-revision");
        var versions = new Button(getTranslation("versions.compare"), VaadinIcon.EXCHANGE.create(),
                click -> new VersionsDialog(screening, row.applicationId()).open());
        versions.setId("compare-versions");
        dialog.getFooter().add(new Button(getTranslation("screening.close"), click -> dialog.close()), versions,
                revision, ineligible, eligible);
        dialog.open();
    }

    /** Asks what to fix and by when, and returns the application to its applicant. */
    private void askRevision(long applicationId, Dialog parent) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("revision.request"));
        var note = new TextArea(getTranslation("revision.note"));
        note.setMaxLength(ScreeningService.REVISION_NOTE_MAX_LENGTH);
        note.setRequired(true);
        note.setWidthFull();
        note.setId("revision-note");
        var deadline = new kz.urpaq.base.ui.DateTimeField();
        deadline.setLabel(getTranslation("revision.deadline"));
        deadline.setRequiredIndicatorVisible(true);
        deadline.setId("revision-deadline");
        deadline.setValue(java.time.LocalDate.now(Almaty.ZONE).plusDays(5).atTime(18, 0));
        var confirm = new Button(getTranslation("revision.send"), click -> {
            try {
                if (deadline.getValue() == null) {
                    deadline.setInvalid(true);
                    deadline.setErrorMessage(getTranslation("revision.deadline.required"));
                    return;
                }
                screening.requestRevision(applicationId, note.getValue(),
                        deadline.getValue().atZone(Almaty.ZONE).toInstant());
                Notifications.success(getTranslation("revision.sent"));
                dialog.close();
                parent.close();
                grid.getDataProvider().refreshAll();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("confirm-revision");
        dialog.add(new Div(note), new Div(deadline));
        dialog.getFooter().add(new Button(getTranslation("screening.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void section(Div body, String key, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        var paragraph = new Paragraph(text);
        paragraph.addClassName("screening-text");
        body.add(new H3(getTranslation(key)), paragraph);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("screening.title") + " · " + getTranslation("app.name");
    }
}
