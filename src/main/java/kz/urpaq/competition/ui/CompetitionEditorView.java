package kz.urpaq.competition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BindingValidationStatus;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.domain.Region;
import kz.urpaq.base.ui.DateTimeField;
import kz.urpaq.base.ui.FieldMessages;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.RowsEditor;
import kz.urpaq.base.ui.RowsField;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.competition.Competition;
import kz.urpaq.competition.CompetitionSettings.CriterionSettings;
import kz.urpaq.competition.CompetitionSettings.DirectionSettings;
import kz.urpaq.competition.CompetitionSettings;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.competition.PlacePrizes;
import kz.urpaq.competition.ScoreMethod;
import kz.urpaq.security.AppRoles;
import kz.urpaq.security.ui.StepUpPrompt;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A competition's settings page: texts in three languages, dates in Almaty time, who may enter,
 * directions, criteria with their weights (the sum shows live), awards, and the move to the next
 * phase with a confirmation that says what it does. The server has the last word on all of it.
 *
 * <p>Each field is written once, in the layout: the helper that makes it labels it, gives it the
 * setting's name as its id, binds it to that {@link CompetitionSettings} component and makes it
 * read-only when the domain says the setting is locked in this phase. A number left empty is
 * refused on its field; nothing is saved until every field reads.
 */
@Route("admin/competitions/:competitionId(\\d+)")
@RolesAllowed(AppRoles.ADMIN)
class CompetitionEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final long MEGABYTE = 1024L * 1024;

    private final CompetitionSetupService setup;
    private final StepUpPrompt stepUp;
    private final Button save = new Button();
    private final Span weightSum = new Span();
    private long competitionId;
    private CompetitionSettings settings;
    private Phase phase;
    private Binder<CompetitionSettings> binder;
    private RowsField<CriterionSettings> criteria;

    CompetitionEditorView(CompetitionSetupService setup, StepUpPrompt stepUp) {
        this.setup = setup;
        this.stepUp = stepUp;
        addClassNames("admin-view", "competition-editor");
        save.setText(getTranslation("editor.save"));
        save.setIcon(VaadinIcon.CHECK.create());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.setId("save-competition");
        save.addClickListener(click -> save());
        weightSum.addClassName("weight-sum");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        competitionId = RouteIds.of(event, "competitionId");
        settings = setup.settings(competitionId);
        phase = setup.overview(competitionId).phase();
        build();
    }

    private final MultiSelectComboBox<Region> regions = new MultiSelectComboBox<>();

    private void build() {
        removeAll();
        binder = new Binder<>(CompetitionSettings.class);
        var directions = rows("directions", new RowsEditor<>("editor-directions",
                getTranslation("editor.direction.add"), getTranslation("editor.row.remove"), 20, null,
                this::directionRow, () -> { }));
        criteria = rows("criteria", new RowsEditor<>("editor-criteria", getTranslation("editor.criterion.add"),
                getTranslation("editor.row.remove"), 12, null, this::criterionRow, this::showWeightSum));
        var actions = new Div(save);
        actions.addClassName("form-actions");
        add(new ViewHeader(settings.title().in(getLocale()), getTranslation("editor.description")),
                phaseBar(), links(),
                section("editor.section.general",
                        grid(text("code", getTranslation("editor.code"), Competition.CODE_MAX_LENGTH),
                                wholeNumber("year", getTranslation("editor.year"))),
                        localized("title", getTranslation("editor.title.kk"), getTranslation("editor.title.ru"),
                                getTranslation("editor.title.en"), Competition.TITLE_MAX_LENGTH),
                        localized("region", getTranslation("editor.region.kk"), getTranslation("editor.region.ru"),
                                getTranslation("editor.region.en"), Competition.REGION_MAX_LENGTH)),
                section("editor.section.dates", new Paragraph(getTranslation("editor.dates.hint")),
                        grid(dateTime("opensAt", getTranslation("editor.opens-at")),
                                dateTime("submissionDeadline", getTranslation("editor.submission-deadline")),
                                dateTime("reviewDeadline", getTranslation("editor.review-deadline")))),
                section("editor.section.entry",
                        grid(wholeNumber("minAge", getTranslation("editor.min-age")),
                                wholeNumber("maxAge", getTranslation("editor.max-age")),
                                megabytes("maxFileBytes", getTranslation("editor.max-file")),
                                megabytes("maxApplicationBytes", getTranslation("editor.max-application"))),
                        checkbox("oneApplicationPerApplicant", getTranslation("editor.one-application")),
                        eligibleRegions()),
                section("editor.section.directions", directions),
                section("editor.section.criteria", new Paragraph(getTranslation("editor.criteria.hint")), criteria,
                        weightSum),
                section("editor.section.awards",
                        grid(wholeNumber("placesPerDirection", getTranslation("editor.places")),
                                wholeNumber("grantCount", getTranslation("editor.grants")),
                                choice("grantPolicy", getTranslation("editor.grant-policy"), GrantPolicy.values(),
                                        GrantPolicy::labelKey),
                                decimal("minimumAwardScore", getTranslation("editor.minimum-score"))),
                        grid(tenge("grantAmountTenge", getTranslation("editor.grant-amount")),
                                tenge("maxBudgetTenge", getTranslation("editor.max-budget")), placePrizes()),
                        grid(wholeNumber("reviewersPerApplication", getTranslation("editor.reviewers")),
                                choice("scoreMethod", getTranslation("editor.score-method"), ScoreMethod.values(),
                                        ScoreMethod::labelKey),
                                decimal("varianceThreshold", getTranslation("editor.variance-threshold"))),
                        commentsToApplicants(), publicFigures(), appeals()),
                actions);
        binder.readRecord(settings);
        showWeightSum();
    }

    private TextField text(String setting, String label, int maxLength) {
        var field = FieldMessages.text(new TextField(label), maxLength);
        bind(binder.forField(field).asRequired(required()).withConverter(String::strip, text -> text), setting);
        return field;
    }

    private LocalizedTextField localized(String setting, String kkLabel, String ruLabel, String enLabel,
                                         int maxLength) {
        var field = new LocalizedTextField(kkLabel, ruLabel, enLabel, maxLength);
        bind(binder.forField(field).asRequired(getTranslation("editor.three-languages-required")), setting);
        return field;
    }

    private IntegerField wholeNumber(String setting, String label) {
        var field = FieldMessages.wholeNumber(new IntegerField(label));
        bind(binder.forField(field).asRequired(required()), setting);
        return field;
    }

    private IntegerField megabytes(String setting, String label) {
        var field = FieldMessages.wholeNumber(new IntegerField(label));
        bind(binder.forField(field).asRequired(required())
                .withConverter(megabytes -> megabytes * MEGABYTE, bytes -> (int) (bytes / MEGABYTE)), setting);
        return field;
    }

    private IntegerField tenge(String setting, String label) {
        var field = FieldMessages.wholeNumber(new IntegerField(label));
        bind(binder.forField(field).asRequired(required()).withConverter(Integer::longValue, Long::intValue), setting);
        return field;
    }

    private BigDecimalField decimal(String setting, String label) {
        var field = FieldMessages.decimal(new BigDecimalField(label));
        bind(binder.forField(field).asRequired(required()), setting);
        return field;
    }

    /** Dates may stay empty while the competition is a draft; moving it on asks for them. */
    private DateTimeField dateTime(String setting, String label) {
        var field = new DateTimeField();
        field.setLabel(label);
        bind(binder.forField(field).withConverter(
                local -> local == null ? null : local.atZone(Almaty.ZONE).toInstant(),
                instant -> instant == null ? null : LocalDateTime.ofInstant(instant, Almaty.ZONE)), setting);
        return field;
    }

    private Checkbox checkbox(String setting, String label) {
        var field = new Checkbox(label);
        bind(binder.forField(field), setting);
        return field;
    }

    /**
     * A required choice among two or three: radio buttons show every option at once, and a required
     * Select would put aria-required on its value button (role button), which does not take it.
     */
    private <E> RadioButtonGroup<E> choice(String setting, String label, E[] values, Function<E, String> labelKey) {
        var field = new RadioButtonGroup<E>();
        field.setLabel(label);
        field.setItems(values);
        field.setItemLabelGenerator(value -> getTranslation(labelKey.apply(value)));
        bind(binder.forField(field).asRequired(required()), setting);
        return field;
    }

    private TextField placePrizes() {
        var field = new TextField(getTranslation("editor.place-prizes"));
        field.setHelperText(getTranslation("editor.place-prizes.hint"));
        bind(binder.forField(field).withConverter(PlacePrizes::parse, PlacePrizes::format,
                getTranslation("editor.place-prizes.error")), "placePrizes");
        return field;
    }

    private <T> RowsField<T> rows(String setting, RowsEditor<T> editor) {
        var field = new RowsField<>(editor);
        bind(binder.forField(field).withValidator(Objects::nonNull, getTranslation("editor.names-required")), setting);
        return field;
    }

    private void bind(Binder.BindingBuilder<CompetitionSettings, ?> builder, String setting) {
        var binding = builder.bind(setting);
        ((Component) binding.getField()).setId(setting.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT));
        if (!CompetitionSettings.isEditable(setting, phase)) {
            binding.setReadOnly(true);
        }
    }

    private String required() {
        return getTranslation("field.error.required");
    }

    /** Applied at once (audited): the landing page shows the round's counts per direction while it is on. */
    private Component publicFigures() {
        var box = new Checkbox(getTranslation("editor.public-figures"), setup.publicFiguresShown(competitionId));
        box.setId("public-figures");
        box.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                setup.showPublicFigures(competitionId, change.getValue());
                Notifications.success(getTranslation("editor.saved"));
            } catch (RefusedException refused) {
                box.setValue(change.getOldValue());
                Notifications.refused(this, refused);
            }
        });
        return box;
    }

    /** Appeals on or off and the window's days (domain.md §13): applied at once (audited), until PRELIMINARY. */
    private Component appeals() {
        var current = setup.appealSettings(competitionId);
        var box = new Checkbox(getTranslation("editor.appeals"), current.enabled());
        box.setId("appeals-enabled");
        var days = new com.vaadin.flow.component.textfield.IntegerField(getTranslation("editor.appeal-days"));
        days.setValue(current.days());
        days.setMin(1);
        days.setStepButtonsVisible(true);
        days.setId("appeal-days");
        var locked = !phase.isBefore(Phase.PRELIMINARY);
        box.setReadOnly(locked);
        days.setReadOnly(locked);
        Runnable save = () -> {
            try {
                var saved = setup.setAppeals(competitionId, box.getValue(),
                        days.getValue() == null ? 0 : days.getValue());
                Notifications.success(getTranslation("editor.saved"));
                box.setValue(saved.enabled());
                days.setValue(saved.days());
            } catch (RefusedException refused) {
                var now = setup.appealSettings(competitionId);
                box.setValue(now.enabled());
                days.setValue(now.days());
                Notifications.refused(this, refused);
            }
        };
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save.run();
            }
        });
        days.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                save.run();
            }
        });
        var window = new Div(box, days);
        window.addClassName("appeal-settings");
        if (current.closesAt() != null) {
            window.add(new Paragraph(getTranslation("editor.appeals-close", Almaty.dateTime(current.closesAt()))));
        }
        return window;
    }

    /** Applied at once (audited), since it matters only at the announcement. */
    private Component commentsToApplicants() {
        var box = new Checkbox(getTranslation("editor.comments-to-applicants"),
                setup.commentsToApplicants(competitionId));
        box.setId("comments-to-applicants");
        box.setReadOnly(phase.resultsPublic());
        box.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                setup.showCommentsToApplicants(competitionId, change.getValue());
                Notifications.success(getTranslation("editor.saved"));
            } catch (RefusedException refused) {
                box.setValue(change.getOldValue());
                Notifications.refused(this, refused);
            }
        });
        return box;
    }

    private Component phaseBar() {
        var badge = new Span(getTranslation(phase.labelKey()));
        badge.addClassName("phase-badge");
        badge.getElement().setAttribute("data-phase", phase.name());
        var bar = new Div(new Span(getTranslation("editor.phase")), badge);
        bar.addClassName("phase-bar");
        phase.next(setup.appealSettings(competitionId).enabled()).ifPresent(next -> {
            var move = new Button(getTranslation("editor.phase.move", getTranslation(next.labelKey())),
                    VaadinIcon.ARROW_FORWARD.create(), click -> confirmMove(next));
            move.setId("next-phase");
            bar.add(move);
        });
        return bar;
    }

    private Component links() {
        var links = new Div(
                new Anchor("admin/competitions/" + competitionId + "/panels", getTranslation("editor.link.panels")),
                new Anchor("admin/competitions/" + competitionId + "/screening", getTranslation("editor.link.screening")),
                new Anchor("admin/competitions/" + competitionId + "/assignment",
                        getTranslation("editor.link.assignment")),
                new Anchor("admin/competitions/" + competitionId + "/results", getTranslation("editor.link.results")),
                new Anchor("admin/competitions/" + competitionId + "/appeals", getTranslation("editor.link.appeals")),
                new Anchor("admin/competitions/" + competitionId + "/messages", getTranslation("editor.link.messages")),
                new Anchor("admin/competitions/" + competitionId + "/certificates",
                        getTranslation("editor.link.certificates")),
                new Anchor("admin/competitions/" + competitionId + "/dashboard", getTranslation("editor.link.dashboard")));
        if (phase.resultsPublic()) {
            links.add(new Anchor("admin/competitions/" + competitionId + "/grants", getTranslation("grant.register.link")));
            links.add(new Anchor("results/" + competitionId, getTranslation("editor.link.public-results")));
        }
        links.addClassName("editor-links");
        return links;
    }

    private void confirmMove(Phase next) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("editor.phase.confirm.title", getTranslation(next.labelKey())));
        dialog.setText(getTranslation(next.consequenceKey()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("application.confirm.cancel"));
        dialog.setConfirmText(getTranslation("editor.phase.confirm.move"));
        Runnable move = () -> {
            try {
                phase = setup.moveTo(competitionId, next).phase();
                Notifications.success(getTranslation("editor.phase.moved", getTranslation(phase.labelKey())));
                settings = setup.settings(competitionId);
                build();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        };
        // The announcement makes the results public: the password (and code) are asked again.
        dialog.addConfirmListener(event -> {
            if (next == Phase.ANNOUNCED) {
                stepUp.around(move);
            } else {
                move.run();
            }
        });
        dialog.open();
    }

    private void save() {
        try {
            settings = setup.update(competitionId, binder.writeRecord());
            binder.readRecord(settings);
            if (regions.isEnabled()) {
                regions.setValue(setup.setEligibleRegions(competitionId, regions.getValue()).eligibleRegions());
            }
            Notifications.success(getTranslation("editor.saved"));
        } catch (ValidationException invalid) {
            // writeRecord hands over every field's status, the valid ones too.
            invalid.getFieldValidationErrors().stream().filter(BindingValidationStatus::isError).findFirst()
                    .map(BindingValidationStatus::getField).filter(Focusable.class::isInstance)
                    .ifPresent(field -> ((Focusable<?>) field).focus());
        } catch (RefusedException refused) {
            Notifications.refused(this, refused);
        } finally {
            save.setEnabled(true);
        }
    }

    /** Whose residents may apply; saved with the rest, through its own service call (docs/domain.md §17). */
    private Component eligibleRegions() {
        regions.setId("editor-eligible-regions");
        regions.setLabel(getTranslation("competition.eligible-regions"));
        regions.setHelperText(getTranslation("competition.eligible-regions.helper"));
        regions.setItems(Region.values());
        regions.setItemLabelGenerator(region -> region.displayName().in(getLocale()));
        regions.setPlaceholder(getTranslation("competition.eligible-regions.all"));
        regions.setWidthFull();
        regions.setValue(setup.overview(competitionId).eligibleRegions());
        regions.setEnabled(phase == Phase.DRAFT || phase == Phase.OPEN);
        return regions;
    }

    private void showWeightSum() {
        var rows = criteria.getValue();
        if (rows == null) {
            return;
        }
        var sum = rows.stream().mapToInt(CriterionSettings::weightPercent).sum();
        weightSum.setText(getTranslation("editor.weight-sum", sum));
        weightSum.getElement().setAttribute("data-ok", String.valueOf(sum == 100));
    }

    private RowsEditor.Row<DirectionSettings> directionRow(DirectionSettings value) {
        var directionCode = new TextField(getTranslation("editor.code"), value == null ? "" : value.code(), "");
        var kk = new TextField(getTranslation("editor.name.kk"), value == null ? "" : value.name().kk(), "");
        var ru = new TextField(getTranslation("editor.name.ru"), value == null ? "" : value.name().ru(), "");
        var en = new TextField(getTranslation("editor.name.en"), value == null ? "" : value.name().en(), "");
        var quota = FieldMessages.wholeNumber(new IntegerField(getTranslation("editor.grant-quota")));
        quota.setValue(value == null ? null : value.grantQuota());
        var fields = new Div(directionCode, kk, ru, en, quota);
        fields.addClassNames("row-fields", "direction-row");
        return new RowsEditor.Row<>() {
            public Component component() {
                return fields;
            }

            public DirectionSettings value() {
                return new DirectionSettings(directionCode.getValue().strip(), new LocalizedText(kk.getValue().strip(),
                        ru.getValue().strip(), en.getValue().strip()), quota.getValue());
            }

            public boolean isBlank() {
                return directionCode.isEmpty();
            }

            public void setReadOnly(boolean readOnly) {
                directionCode.setReadOnly(readOnly);
                quota.setReadOnly(readOnly);
            }
        };
    }

    private RowsEditor.Row<CriterionSettings> criterionRow(CriterionSettings value) {
        var criterionCode = new TextField(getTranslation("editor.code"), value == null ? "" : value.code(), "");
        var kk = new TextField(getTranslation("editor.name.kk"), value == null ? "" : value.name().kk(), "");
        var ru = new TextField(getTranslation("editor.name.ru"), value == null ? "" : value.name().ru(), "");
        var en = new TextField(getTranslation("editor.name.en"), value == null ? "" : value.name().en(), "");
        var descriptionKk = new TextArea(getTranslation("editor.description.kk"),
                value == null ? "" : value.description().kk(), "");
        var descriptionRu = new TextArea(getTranslation("editor.description.ru"),
                value == null ? "" : value.description().ru(), "");
        var descriptionEn = new TextArea(getTranslation("editor.description.en"),
                value == null ? "" : value.description().en(), "");
        var weight = FieldMessages.wholeNumber(new IntegerField(getTranslation("editor.weight")), 0, 100);
        weight.setValue(value == null ? null : value.weightPercent());
        weight.setSuffixComponent(new Span("%"));
        weight.addValueChangeListener(event -> showWeightSum());
        var scale = FieldMessages.wholeNumber(new IntegerField(getTranslation("editor.scale")));
        scale.setValue(value == null ? 10 : value.scaleMax());
        var tieBreak = FieldMessages.wholeNumber(new IntegerField(getTranslation("editor.tie-break")));
        tieBreak.setValue(value == null ? null : value.tieBreakOrder());
        var fields = new Div(criterionCode, weight, scale, tieBreak, kk, ru, en, descriptionKk, descriptionRu,
                descriptionEn);
        fields.addClassNames("row-fields", "criterion-row");
        return new RowsEditor.Row<>() {
            public Component component() {
                return fields;
            }

            public CriterionSettings value() {
                return new CriterionSettings(criterionCode.getValue().strip(), new LocalizedText(kk.getValue().strip(),
                        ru.getValue().strip(), en.getValue().strip()), new LocalizedText(
                        descriptionKk.getValue().strip(), descriptionRu.getValue().strip(),
                        descriptionEn.getValue().strip()), weight.getValue() == null ? 0 : weight.getValue(),
                        scale.getValue() == null ? 0 : scale.getValue(), tieBreak.getValue());
            }

            public boolean isBlank() {
                return criterionCode.isEmpty();
            }

            public void setReadOnly(boolean readOnly) {
                for (var field : List.of(criterionCode, kk, ru, en)) {
                    field.setReadOnly(readOnly);
                }
                weight.setReadOnly(readOnly);
                scale.setReadOnly(readOnly);
                tieBreak.setReadOnly(readOnly);
            }
        };
    }

    private Section section(String titleKey, Component... content) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("form-section");
        return section;
    }

    private static Div grid(Component... fields) {
        var grid = new Div(fields);
        grid.addClassName("field-grid");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return (settings == null ? "" : settings.title().in(getLocale()) + " · ") + getTranslation("app.name");
    }
}
