package kz.urpaq.submission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ScrollIntoViewOption;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import kz.urpaq.base.domain.Money;
import kz.urpaq.base.ui.RowsEditor;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionOverview.DirectionView;
import kz.urpaq.submission.Application;
import kz.urpaq.submission.ApplicationContent;
import kz.urpaq.submission.BudgetLine;
import kz.urpaq.submission.Milestone;
import kz.urpaq.submission.MissingItem;
import kz.urpaq.submission.TeamMember;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The application's fields (domain.md §5) on a {@link Binder} of {@link ApplicationContent}.
 * Each field is written once, in the layout: the helper that makes it binds it to the content's
 * property of the name it is given, and gives it the id that the checklist links to
 * ({@link MissingItem#fieldId()}): {@code field-} and that name in kebab case. Whether the fields
 * can change is the Binder's too.
 *
 * <p>The browser keeps a copy of the text fields (frontend/scripts/draft-backup.js), so text typed
 * while the connection was lost comes back on the next visit.
 */
@JavaScript("context://scripts/draft-backup.js")
class ApplicationForm extends Div {

    private final Binder<ApplicationContent> binder = new Binder<>(ApplicationContent.class);
    private final CompetitionOverview competition;
    /** The fields and the attachments by id, for the checklist's links. */
    private final Map<String, Component> byId = new HashMap<>();
    /** Advice for writing, shown only while the application can change. */
    private final List<Component> editingHints = new ArrayList<>();
    /** The fields that count their characters: the count shows only while they can change. */
    private final List<TextField> countedFields = new ArrayList<>();
    private final List<TextArea> countedAreas = new ArrayList<>();
    private final Span budgetTotal = new Span();
    private final TextField videoUrl;

    /** {@code attachments} is the file panel's place, the form's last section. */
    ApplicationForm(CompetitionOverview competition, Component attachments) {
        this.competition = competition;
        addClassName("application-form");
        budgetTotal.addClassName("budget-total");
        budgetTotal.getElement().setAttribute("aria-live", "polite");
        videoUrl = text("videoUrl", getTranslation("application.field.video-url"), Application.VIDEO_URL_MAX_LENGTH);
        var budget = rows("budget", getTranslation("application.budget.add"), Application.MAX_BUDGET_LINES,
                new BudgetLine("", 0, 0), changed -> Rows.budgetLine(this::getTranslation, changed));
        budget.addValueChangeListener(event -> showTotal(event.getValue()));
        showTotal(List.of());
        add(section("application.section.direction", direction()),
                section("application.section.project",
                        text("title", getTranslation("application.field.title"), Application.TITLE_MAX_LENGTH),
                        hint(getTranslation("application.hint.summary")),
                        area("summary", getTranslation("application.field.summary"),
                                Application.SUMMARY_MAX_LENGTH),
                        area("relevance", getTranslation("application.field.relevance"),
                                Application.LONG_TEXT_MAX_LENGTH),
                        area("goals", getTranslation("application.field.goals"), Application.LONG_TEXT_MAX_LENGTH)),
                section("application.section.plan",
                        hint(getTranslation("application.hint.plan")),
                        rows("milestones", getTranslation("application.milestone.add"), Application.MAX_MILESTONES,
                                new Milestone("", null, ""), changed -> Rows.milestone(this::getTranslation, changed))),
                section("application.section.results",
                        area("expectedResults", getTranslation("application.field.expected-results"),
                                Application.LONG_TEXT_MAX_LENGTH),
                        area("audience", getTranslation("application.field.audience"),
                                Application.AUDIENCE_MAX_LENGTH),
                        text("place", getTranslation("application.field.place"), Application.PLACE_MAX_LENGTH)),
                section("application.section.team",
                        hint(getTranslation("application.hint.team", Application.MAX_TEAM_MEMBERS)),
                        rows("team", getTranslation("application.team.add"), Application.MAX_TEAM_MEMBERS,
                                new TeamMember("", "", null),
                                changed -> Rows.teamMember(this::getTranslation, changed))),
                section("application.section.budget",
                        hint(getTranslation("application.hint.budget", Money.tenge(competition.maxBudgetTenge()))),
                        budget, budgetTotal),
                section("application.section.video", videoUrl),
                section(attachments));
        attachments.getId().ifPresent(id -> byId.put(id, attachments));
    }

    private RadioButtonGroup<DirectionView> direction() {
        var direction = new RadioButtonGroup<DirectionView>(getTranslation("application.field.direction"));
        direction.setItems(competition.directions());
        direction.setItemLabelGenerator(d -> d.name().in(getLocale()));
        binder.forField(direction).withConverter(chosen -> chosen == null ? null : chosen.id(),
                this::directionOf).bind("directionId");
        return identified(direction, MissingItem.DIRECTION.fieldId());
    }

    private @Nullable DirectionView directionOf(@Nullable Long id) {
        return competition.directions().stream().filter(d -> Objects.equals(d.id(), id)).findFirst().orElse(null);
    }

    private TextField text(String property, String label, int maxLength) {
        var field = Counted.field(label, maxLength);
        binder.forField(field).withConverter(String::strip, text -> text).bind(property);
        countedFields.add(field);
        return identified(field, id(property));
    }

    private TextArea area(String property, String label, int maxLength) {
        var area = Counted.area(label, maxLength);
        binder.forField(area).withConverter(String::strip, text -> text).bind(property);
        countedAreas.add(area);
        return identified(area, id(property));
    }

    private <T> RowsField<T> rows(String property, String addLabel, int max, T emptyRow,
                                  Function<Runnable, Function<T, RowsEditor.Row<T>>> rows) {
        var field = new RowsField<>(id(property), addLabel, getTranslation("application.row.remove"),
                max, emptyRow, rows);
        binder.forField(field).bind(property);
        return identified(field, id(property));
    }

    private <C extends Component> C identified(C field, String id) {
        field.setId(id);
        byId.put(id, field);
        return field;
    }

    /** The id the checklist links to: "field-" and the property's name in kebab case. */
    private static String id(String property) {
        return "field-" + property.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private Paragraph hint(String text) {
        var hint = new Paragraph(text);
        editingHints.add(hint);
        return hint;
    }

    private Section section(String titleKey, Component... content) {
        var section = section(new H2(getTranslation(titleKey)));
        section.add(content);
        return section;
    }

    private static Section section(Component content) {
        var section = new Section(content);
        section.addClassName("form-section");
        return section;
    }

    private void showTotal(List<BudgetLine> budget) {
        var total = budget.stream().mapToLong(BudgetLine::totalTenge).sum();
        var max = competition.maxBudgetTenge();
        budgetTotal.setText(getTranslation("application.budget.total", Money.tenge(total), Money.tenge(max)));
        budgetTotal.getElement().setAttribute("data-over", String.valueOf(total > max));
    }

    /** Shows the content; the fields, and the advice for writing, only while it can change. */
    void read(ApplicationContent content, boolean editable) {
        binder.setReadOnly(!editable);
        binder.readRecord(content);
        editingHints.forEach(hint -> hint.setVisible(editable));
        countedFields.forEach(Counted::showCount);
        countedAreas.forEach(Counted::showCount);
        videoUrl.setPlaceholder(editable ? "https://" : "");
    }

    /** Calls {@code listener} when the person changes a field (not when the form reads a content). */
    void onChange(Runnable listener) {
        binder.addValueChangeListener(event -> listener.run());
    }

    /** What the fields hold; nothing while a field breaks its limit, which the field then says. */
    Optional<ApplicationContent> content() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** Brings the field with this id into view and puts the cursor there. */
    void showField(String id) {
        var field = byId.get(id);
        if (field != null) {
            field.scrollIntoView(ScrollIntoViewOption.Block.CENTER);
            field.getElement().callJsFunction("focus");
        }
    }

    /**
     * Starts the browser's copy of this draft's text fields, based on the save of {@code savedAt};
     * a draft that can no longer change has its copy removed.
     */
    void keepBrowserCopy(long applicationId, Instant savedAt, boolean editable) {
        getElement().executeJs("window.urpaqDraftBackup(this, $0, $1, $2)", "urpaq-draft-" + applicationId,
                savedAt.toEpochMilli(), editable);
    }

    /** Tells the browser's copy which save it now builds on. */
    void saved(Instant savedAt) {
        getElement().executeJs("if (this.$urpaqDraftSaved) this.$urpaqDraftSaved($0)", savedAt.toEpochMilli());
    }
}
