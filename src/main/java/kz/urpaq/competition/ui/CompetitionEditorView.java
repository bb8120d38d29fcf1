package kz.urpaq.competition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.ui.DateTimeField;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.FieldMessages;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RowsEditor;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.competition.CompetitionSettings;
import kz.urpaq.competition.CompetitionSettings.CriterionSettings;
import kz.urpaq.competition.CompetitionSettings.DirectionSettings;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.competition.GrantPolicy;
import kz.urpaq.competition.Phase;
import kz.urpaq.competition.ScoreMethod;
import kz.urpaq.security.AppRoles;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeMap;

/**
 * A competition's settings page: texts in three languages, dates in Almaty time, who may enter,
 * directions, criteria with their weights (the sum shows live), awards, and the move to the next
 * phase with a confirmation that says what it does. The server has the last word on all of it.
 */
@Route("admin/competitions/:competitionId(\\d+)")
@RolesAllowed(AppRoles.ADMIN)
class CompetitionEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final long MEGABYTE = 1024L * 1024;

    private final CompetitionSetupService setup;
    private long competitionId;
    private CompetitionSettings settings;
    private Phase phase;

    private final TextField code = new TextField();
    private final IntegerField year = new IntegerField();
    private final TextField titleKk = new TextField();
    private final TextField titleRu = new TextField();
    private final TextField titleEn = new TextField();
    private final TextField regionKk = new TextField();
    private final TextField regionRu = new TextField();
    private final TextField regionEn = new TextField();
    private final DateTimeField opensAt = new DateTimeField();
    private final DateTimeField submissionDeadline = new DateTimeField();
    private final DateTimeField reviewDeadline = new DateTimeField();
    private final IntegerField minAge = new IntegerField();
    private final IntegerField maxAge = new IntegerField();
    private final Checkbox oneApplication = new Checkbox();
    private final IntegerField maxFileMegabytes = new IntegerField();
    private final IntegerField maxApplicationMegabytes = new IntegerField();
    private final IntegerField reviewers = new IntegerField();
    private final Select<ScoreMethod> scoreMethod = new Select<>();
    private final BigDecimalField varianceThreshold = new BigDecimalField();
    private final IntegerField places = new IntegerField();
    private final IntegerField grants = new IntegerField();
    private final Select<GrantPolicy> grantPolicy = new Select<>();
    private final BigDecimalField minimumScore = new BigDecimalField();
    private final IntegerField grantAmount = new IntegerField();
    private final IntegerField maxBudget = new IntegerField();
    private final TextField placePrizes = new TextField();
    private final Span weightSum = new Span();
    private RowsEditor<DirectionSettings> directions;
    private RowsEditor<CriterionSettings> criteria;

    CompetitionEditorView(CompetitionSetupService setup) {
        this.setup = setup;
        addClassNames("admin-view", "competition-editor");
        opensAt.setId("opens-at");
        submissionDeadline.setId("submission-deadline");
        reviewDeadline.setId("review-deadline");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        competitionId = RouteIds.of(event, "competitionId");
        settings = setup.settings(competitionId);
        phase = setup.overview(competitionId).phase();
        build();
    }

    private void build() {
        removeAll();
        add(new ViewHeader(settings.title().in(getLocale()), getTranslation("editor.description")));
        add(phaseBar(), links());
        labels();
        directions = new RowsEditor<>("editor-directions", getTranslation("editor.direction.add"),
                getTranslation("editor.row.remove"), 20, null,
                this::directionRow, () -> { });
        criteria = new RowsEditor<>("editor-criteria", getTranslation("editor.criterion.add"),
                getTranslation("editor.row.remove"), 12, null, this::criterionRow, this::showWeightSum);
        weightSum.addClassName("weight-sum");
        add(section("editor.section.general", grid(code, year), grid(titleKk, titleRu, titleEn),
                        grid(regionKk, regionRu, regionEn)),
                section("editor.section.dates", new Paragraph(getTranslation("editor.dates.hint")),
                        grid(opensAt, submissionDeadline, reviewDeadline)),
                section("editor.section.entry", grid(minAge, maxAge, maxFileMegabytes, maxApplicationMegabytes),
                        oneApplication),
                section("editor.section.directions", directions),
                section("editor.section.criteria", new Paragraph(getTranslation("editor.criteria.hint")), criteria,
                        weightSum),
                section("editor.section.awards", grid(places, grants, grantPolicy, minimumScore),
                        grid(grantAmount, maxBudget, placePrizes), grid(reviewers, scoreMethod, varianceThreshold),
                        commentsToApplicants()));
        var save = new Button(getTranslation("editor.save"), VaadinIcon.CHECK.create(), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setDisableOnClick(true);
        save.setId("save-competition");
        var actions = new Div(save);
        actions.addClassName("form-actions");
        add(actions);
        show(settings);
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
        phase.next().ifPresent(next -> {
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
                new Anchor("admin/competitions/" + competitionId + "/certificates",
                        getTranslation("editor.link.certificates")));
        if (phase.resultsPublic()) {
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
        dialog.addConfirmListener(event -> {
            try {
                phase = setup.moveTo(competitionId, next).phase();
                Notifications.success(getTranslation("editor.phase.moved", getTranslation(phase.labelKey())));
                settings = setup.settings(competitionId);
                build();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        dialog.open();
    }

    private void save() {
        try {
            settings = setup.update(competitionId, collect());
            Notifications.success(getTranslation("editor.saved"));
            show(settings);
        } catch (RefusedException refused) {
            Notifications.refused(this, refused);
        } catch (IllegalArgumentException incomplete) {
            Notifications.error(getTranslation("editor.names-required"));
        } finally {
            findSave().setEnabled(true);
        }
    }

    private Button findSave() {
        return (Button) getChildren().filter(c -> c.hasClassName("form-actions")).findFirst()
                .flatMap(actions -> actions.getChildren().findFirst()).orElseThrow();
    }

    private void labels() {
        code.setLabel(getTranslation("editor.code"));
        year.setLabel(getTranslation("editor.year"));
        titleKk.setLabel(getTranslation("editor.title.kk"));
        titleRu.setLabel(getTranslation("editor.title.ru"));
        titleEn.setLabel(getTranslation("editor.title.en"));
        regionKk.setLabel(getTranslation("editor.region.kk"));
        regionRu.setLabel(getTranslation("editor.region.ru"));
        regionEn.setLabel(getTranslation("editor.region.en"));
        opensAt.setLabel(getTranslation("editor.opens-at"));
        submissionDeadline.setLabel(getTranslation("editor.submission-deadline"));
        reviewDeadline.setLabel(getTranslation("editor.review-deadline"));
        minAge.setLabel(getTranslation("editor.min-age"));
        maxAge.setLabel(getTranslation("editor.max-age"));
        oneApplication.setLabel(getTranslation("editor.one-application"));
        maxFileMegabytes.setLabel(getTranslation("editor.max-file"));
        maxApplicationMegabytes.setLabel(getTranslation("editor.max-application"));
        reviewers.setLabel(getTranslation("editor.reviewers"));
        scoreMethod.setLabel(getTranslation("editor.score-method"));
        scoreMethod.setItems(ScoreMethod.values());
        scoreMethod.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        varianceThreshold.setLabel(getTranslation("editor.variance-threshold"));
        places.setLabel(getTranslation("editor.places"));
        grants.setLabel(getTranslation("editor.grants"));
        grantPolicy.setLabel(getTranslation("editor.grant-policy"));
        grantPolicy.setItems(GrantPolicy.values());
        grantPolicy.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        minimumScore.setLabel(getTranslation("editor.minimum-score"));
        grantAmount.setLabel(getTranslation("editor.grant-amount"));
        maxBudget.setLabel(getTranslation("editor.max-budget"));
        placePrizes.setLabel(getTranslation("editor.place-prizes"));
        placePrizes.setHelperText(getTranslation("editor.place-prizes.hint"));
        for (var field : List.of(year, minAge, maxAge, maxFileMegabytes, maxApplicationMegabytes, reviewers, places,
                grants, grantAmount, maxBudget)) {
            FieldMessages.wholeNumber(field);
        }
        FieldMessages.decimal(varianceThreshold);
        FieldMessages.decimal(minimumScore);
    }

    private void show(CompetitionSettings s) {
        code.setValue(s.code());
        year.setValue(s.year());
        titleKk.setValue(s.title().kk());
        titleRu.setValue(s.title().ru());
        titleEn.setValue(s.title().en());
        regionKk.setValue(s.region().kk());
        regionRu.setValue(s.region().ru());
        regionEn.setValue(s.region().en());
        opensAt.setValue(local(s.opensAt()));
        submissionDeadline.setValue(local(s.submissionDeadline()));
        reviewDeadline.setValue(local(s.reviewDeadline()));
        minAge.setValue(s.minAge());
        maxAge.setValue(s.maxAge());
        oneApplication.setValue(s.oneApplicationPerApplicant());
        maxFileMegabytes.setValue((int) (s.maxFileBytes() / MEGABYTE));
        maxApplicationMegabytes.setValue((int) (s.maxApplicationBytes() / MEGABYTE));
        reviewers.setValue(s.reviewersPerApplication());
        scoreMethod.setValue(s.scoreMethod());
        varianceThreshold.setValue(s.varianceThreshold());
        places.setValue(s.placesPerDirection());
        grants.setValue(s.grantCount());
        grantPolicy.setValue(s.grantPolicy());
        minimumScore.setValue(s.minimumAwardScore());
        grantAmount.setValue((int) s.grantAmountTenge());
        maxBudget.setValue((int) s.maxBudgetTenge());
        placePrizes.setValue(String.join(" / ", s.placePrizes().values().stream().map(String::valueOf).toList()));
        directions.setValue(s.directions());
        criteria.setValue(s.criteria());
        showWeightSum();
        var locked = phase.settingsLocked();
        for (var field : List.of(reviewers, places, grants, grantAmount)) {
            field.setReadOnly(locked);
        }
        scoreMethod.setReadOnly(locked);
        grantPolicy.setReadOnly(locked);
        minimumScore.setReadOnly(locked);
        varianceThreshold.setReadOnly(locked);
        placePrizes.setReadOnly(locked);
        criteria.setReadOnly(locked);
        directions.setReadOnly(locked);
    }

    private CompetitionSettings collect() {
        var prizes = new TreeMap<Integer, Long>();
        var parts = placePrizes.getValue().split("[/;,]");
        for (int i = 0; i < parts.length; i++) {
            var digits = parts[i].replaceAll("[^0-9]", "");
            if (!digits.isEmpty()) {
                prizes.put(i + 1, Long.parseLong(digits));
            }
        }
        return new CompetitionSettings(code.getValue().strip(), orZero(year), new LocalizedText(titleKk.getValue().strip(),
                titleRu.getValue().strip(), titleEn.getValue().strip()), new LocalizedText(regionKk.getValue().strip(),
                regionRu.getValue().strip(), regionEn.getValue().strip()), instant(opensAt.getValue()),
                instant(submissionDeadline.getValue()), instant(reviewDeadline.getValue()), orZero(minAge),
                orZero(maxAge), oneApplication.getValue(), orZero(maxFileMegabytes) * MEGABYTE,
                orZero(maxApplicationMegabytes) * MEGABYTE, orZero(reviewers), scoreMethod.getValue(),
                orZero(varianceThreshold), orZero(places), orZero(grants), grantPolicy.getValue(),
                orZero(minimumScore), orZero(grantAmount), orZero(maxBudget), prizes, directions.getValue(),
                criteria.getValue());
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static BigDecimal orZero(BigDecimalField field) {
        return field.getValue() == null ? BigDecimal.ZERO : field.getValue();
    }

    private static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Almaty.ZONE);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(Almaty.ZONE).toInstant();
    }

    private void showWeightSum() {
        int sum;
        try {
            sum = criteria.getValue().stream().mapToInt(CriterionSettings::weightPercent).sum();
        } catch (IllegalArgumentException incomplete) {
            return;
        }
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
