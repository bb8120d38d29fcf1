package kz.urpaq.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.base.ui.FieldMessages;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.competition.CompetitionOverview.CriterionView;
import kz.urpaq.review.AssignmentService;
import kz.urpaq.review.ScoreDraft;
import kz.urpaq.review.ScoreEntry;
import kz.urpaq.review.ScoreSheet;
import kz.urpaq.review.ScoreSheetRefusedException;
import kz.urpaq.review.ScoreSheetService;
import kz.urpaq.review.ScoreSheetView;
import kz.urpaq.review.WeightedTotal;
import kz.urpaq.security.AppRoles;
import kz.urpaq.submission.BlindApplication;
import kz.urpaq.submission.BlindReadingService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One assignment, blind (domain.md §6): the project without the people who wrote it, and beside it the
 * juror's score sheet with the weighted total updated as they type. Drafts save themselves when a
 * field is left; submitting asks for every criterion, and a submitted sheet is read-only.
 */
@Route("reviews/:assignmentId(\\d+)")
@RolesAllowed(AppRoles.JURY)
class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ScoreSheetService sheets;
    private final BlindReadingService blindReading;
    private final AssignmentService assignments;
    private final Map<Long, IntegerField> scoreFields = new HashMap<>();
    private final Map<Long, TextArea> commentFields = new HashMap<>();
    private final Span total = new Span();
    private final Span savedState = new Span();
    private final TextArea toOrganisers = new TextArea();
    private final TextArea toApplicant = new TextArea();
    private final Paragraph status = new Paragraph();
    private @Nullable ScoreSheetView sheet;
    private String title = "";

    ReviewView(ScoreSheetService sheets, BlindReadingService blindReading, AssignmentService assignments) {
        this.sheets = sheets;
        this.blindReading = blindReading;
        this.assignments = assignments;
        addClassNames("jury-view", "review-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = RouteIds.of(event, "assignmentId");
        ScoreSheetView loaded;
        BlindApplication application;
        try {
            loaded = sheets.sheet(id);
            application = blindReading.read(loaded.applicationId());
        } catch (AccessDeniedException | ScoreSheetRefusedException e) {
            // someone else's assignment looks exactly like one that does not exist
            throw RouteIds.notFound();
        }
        sheet = loaded;
        title = application.title();
        removeAll();
        scoreFields.clear();
        commentFields.clear();
        var back = new RouterLink(getTranslation("review.back"), MyReviewsView.class);
        back.addClassName("review-back");
        add(back, new ViewHeader(application.title().isBlank() ? getTranslation("reviews.untitled")
                : application.title(), getTranslation("review.blind-note")));
        var layout = new Div(project(application), sheetPanel(loaded));
        layout.addClassName("review-layout");
        add(layout);
    }

    private Article project(BlindApplication application) {
        var article = new Article();
        article.setId("review-project");
        article.addClassName("review-project");
        if (application.referenceNumber() != null) {
            article.add(new Paragraph(getTranslation("review.reference", application.referenceNumber())));
        }
        text(article, "review.section.summary", application.summary());
        text(article, "review.section.relevance", application.relevance());
        text(article, "review.section.goals", application.goals());
        text(article, "review.section.results", application.expectedResults());
        text(article, "review.section.audience", application.audience());
        text(article, "review.section.place", application.place());
        if (!application.videoUrl().isBlank()) {
            article.add(new H3(getTranslation("review.section.video")));
            var video = new Anchor(application.videoUrl(), application.videoUrl(), AnchorTarget.BLANK);
            video.getElement().setAttribute("rel", "noopener noreferrer"); // i18n-exempt: an HTML attribute
            article.add(video);
        }
        if (!application.milestones().isEmpty()) {
            article.add(new H3(getTranslation("review.section.milestones")));
            var list = new UnorderedList();
            application.milestones().forEach(m -> list.add(new ListItem((m.finishBy() == null ? ""
                    : Almaty.date(m.finishBy().atStartOfDay(Almaty.ZONE).toInstant()) + " — ") + m.title()
                    + (m.description().isBlank() ? "" : ": " + m.description()))));
            article.add(list);
        }
        if (!application.budget().isEmpty()) {
            article.add(new H3(getTranslation("review.section.budget")));
            var money = NumberFormat.getIntegerInstance(getLocale());
            var list = new UnorderedList();
            application.budget().forEach(line -> list.add(new ListItem(getTranslation("review.budget-line",
                    line.item(), line.quantity(), money.format(line.unitCostTenge()), money.format(line.totalTenge())))));
            article.add(list, new Paragraph(getTranslation("review.budget-total",
                    money.format(application.budgetTotalTenge()))));
        }
        article.add(new Paragraph(getTranslation("review.team-size", application.teamSize())));
        article.add(new H3(getTranslation("review.section.files")));
        if (application.attachments().isEmpty()) {
            article.add(new Paragraph(getTranslation("review.no-files")));
        }
        var files = new UnorderedList();
        files.addClassName("review-files");
        for (var file : application.attachments()) {
            var link = new Anchor(file.downloadPath(), getTranslation(file.kind().labelKey()) + " (" + file.fileName()
                    + ")", AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener");
            files.add(new ListItem(link));
        }
        article.add(files);
        return article;
    }

    private void text(Article article, String headingKey, String value) {
        if (value.isBlank()) {
            return;
        }
        var paragraph = new Paragraph(value);
        paragraph.addClassName("review-text");
        article.add(new H3(getTranslation(headingKey)), paragraph);
    }

    private Aside sheetPanel(ScoreSheetView view) {
        var aside = new Aside();
        aside.setId("score-sheet");
        aside.addClassName("score-sheet");
        aside.add(new H2(getTranslation("review.sheet.title")));
        status.setText(getTranslation(view.state().labelKey()));
        status.setId("sheet-state");
        status.addClassName("score-sheet-state");
        aside.add(status);
        if (view.reviewDeadline() != null) {
            aside.add(new Paragraph(getTranslation("review.sheet.deadline", Almaty.dateTime(view.reviewDeadline()))));
        }
        var scores = view.scores();
        var comments = new HashMap<Long, String>();
        view.entries().forEach(e -> comments.put(e.criterionId(), e.comment()));
        int index = 0;
        for (var criterion : view.criteria()) {
            var block = new Div();
            block.addClassName("score-criterion");
            var heading = new H3(getTranslation("review.sheet.criterion", localized(criterion.name()),
                    criterion.weightPercent()));
            var description = new Paragraph(localized(criterion.description()));
            description.addClassName("score-criterion-description");
            var score = new IntegerField(getTranslation("review.sheet.score", criterion.scaleMax()));
            score.setId("score-" + index);
            FieldMessages.wholeNumber(score, 0, criterion.scaleMax());
            score.setStepButtonsVisible(true);
            score.setValueChangeMode(ValueChangeMode.EAGER);
            score.setValue(scores.get(criterion.id()));
            score.addValueChangeListener(e -> updateTotal());
            score.addBlurListener(e -> autosave());
            var comment = new TextArea(getTranslation("review.sheet.comment"));
            comment.setId("comment-" + index);
            comment.setMaxLength(ScoreSheet.CRITERION_COMMENT_MAX_LENGTH);
            comment.setValue(comments.getOrDefault(criterion.id(), ""));
            comment.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    autosave();
                }
            });
            scoreFields.put(criterion.id(), score);
            commentFields.put(criterion.id(), comment);
            block.add(heading, description, score, comment);
            aside.add(block);
            index++;
        }
        toOrganisers.setLabel(getTranslation("review.sheet.to-organisers"));
        toOrganisers.setHelperText(getTranslation("review.sheet.to-organisers.help"));
        toOrganisers.setId("comment-organisers");
        toOrganisers.setMaxLength(ScoreSheet.COMMENT_MAX_LENGTH);
        toOrganisers.setValue(view.commentToOrganisers());
        toApplicant.setLabel(getTranslation("review.sheet.to-applicant"));
        toApplicant.setId("comment-applicant");
        toApplicant.setMaxLength(ScoreSheet.COMMENT_MAX_LENGTH);
        toApplicant.setValue(view.commentToApplicant());
        for (var area : List.of(toOrganisers, toApplicant)) {
            area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    autosave();
                }
            });
        }
        total.setId("sheet-total");
        total.addClassName("score-total");
        savedState.setId("sheet-saved");
        savedState.addClassName("score-saved");
        var totalLine = new Div(total, savedState);
        totalLine.addClassName("score-total-line");
        aside.add(toOrganisers, toApplicant, totalLine, actions(view));
        updateTotal();
        if (!view.editable()) {
            scoreFields.values().forEach(f -> f.setReadOnly(true));
            commentFields.values().forEach(f -> f.setReadOnly(true));
            toOrganisers.setReadOnly(true);
            toApplicant.setReadOnly(true);
            savedState.setText(view.submittedAt() != null
                    ? getTranslation("review.sheet.submitted-at", Almaty.dateTime(view.submittedAt()))
                    : getTranslation("review.sheet.locked"));
        }
        return aside;
    }

    private Div actions(ScoreSheetView view) {
        var actions = new Div();
        actions.addClassName("desk-actions");
        if (view.editable()) {
            var save = new Button(getTranslation("review.sheet.save"), e -> save(false));
            save.setId("save-draft");
            var submit = new Button(getTranslation("review.sheet.submit"), e -> save(true));
            submit.setId("submit-sheet");
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            var conflict = new Button(getTranslation("review.conflict"), e -> conflictDialog(view.assignmentId()));
            conflict.setId("declare-conflict");
            conflict.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            actions.add(submit, save, conflict);
        }
        var next = new Button(getTranslation("review.next"), e -> next(view.assignmentId()));
        next.setId("next-assignment");
        actions.add(next);
        return actions;
    }

    private String localized(LocalizedText text) {
        return text.in(getLocale());
    }

    private Map<Long, Integer> currentScores() {
        var scores = new HashMap<Long, Integer>();
        scoreFields.forEach((id, field) -> {
            if (field.getValue() != null) {
                scores.put(id, field.getValue());
            }
        });
        return scores;
    }

    private void updateTotal() {
        if (sheet == null) {
            return;
        }
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_UP);
        total.setText(getTranslation("review.sheet.total",
                format.format(WeightedTotal.of(sheet.criteria(), currentScores()))));
    }

    private ScoreDraft draft(ScoreSheetView view) {
        var entries = new ArrayList<ScoreEntry>();
        for (CriterionView criterion : view.criteria()) {
            entries.add(new ScoreEntry(criterion.id(), scoreFields.get(criterion.id()).getValue(),
                    commentFields.get(criterion.id()).getValue()));
        }
        return new ScoreDraft(view.version(), entries, toOrganisers.getValue(), toApplicant.getValue());
    }

    private void autosave() {
        var view = sheet;
        if (view == null || !view.editable()) {
            return;
        }
        var invalid = scoreFields.values().stream().anyMatch(f -> f.isInvalid());
        if (invalid) {
            return;
        }
        attempt(() -> sheets.saveDraft(view.assignmentId(), draft(view)), false);
    }

    private void save(boolean submit) {
        var view = sheet;
        if (view == null) {
            return;
        }
        var saved = attempt(() -> submit ? sheets.submit(view.assignmentId(), draft(view))
                : sheets.saveDraft(view.assignmentId(), draft(view)), true);
        if (saved != null && submit) {
            Notifications.success(getTranslation("review.sheet.submitted"));
            UI.getCurrent().refreshCurrentRoute(false);
        }
    }

    private @Nullable ScoreSheetView attempt(Supplier<ScoreSheetView> action, boolean tell) {
        try {
            var saved = action.get();
            sheet = saved;
            status.setText(getTranslation(saved.state().labelKey()));
            savedState.setText(getTranslation("review.sheet.saved"));
            if (tell && saved.submittedAt() == null) {
                Notifications.success(getTranslation("review.sheet.draft-saved"));
            }
            return saved;
        } catch (RefusedException refused) {
            Notifications.refused(this, refused);
            return null;
        }
    }

    private void conflictDialog(long assignmentId) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("review.conflict"));
        var reason = new TextArea(getTranslation("review.conflict.reason"));
        reason.setId("conflict-reason");
        reason.setWidthFull();
        var explain = new Paragraph(getTranslation("review.conflict.explain"));
        dialog.add(explain, reason);
        var confirm = new Button(getTranslation("review.conflict.confirm"), e -> {
            try {
                assignments.declareConflict(assignmentId, reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("review.conflict.done"));
                UI.getCurrent().navigate(MyReviewsView.class);
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        confirm.setId("confirm-conflict");
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        var cancel = new Button(getTranslation("desk.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void next(long assignmentId) {
        var next = sheets.nextUnfinished(assignmentId);
        if (next.isEmpty()) {
            Notifications.success(getTranslation("review.next.none"));
            UI.getCurrent().navigate(MyReviewsView.class);
            return;
        }
        UI.getCurrent().navigate(ReviewView.class, new RouteParameters("assignmentId", String.valueOf(next.get())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.page-title") + " · " + getTranslation("app.name");
    }
}
