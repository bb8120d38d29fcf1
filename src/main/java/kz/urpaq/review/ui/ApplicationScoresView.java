package kz.urpaq.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.review.ApplicationScores;
import kz.urpaq.review.AssignmentState;
import kz.urpaq.review.ScoreSheetService;
import kz.urpaq.security.AccountService;
import kz.urpaq.security.AccountSummary;
import kz.urpaq.security.AppRoles;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * For administrators: the score sheets of one application, each juror's total and comments (the
 * comments to organisers appear only here), the mean, the population standard deviation and the
 * variance flag; a submitted sheet can be reopened with a reason.
 */
@Route("admin/applications/:applicationId(\\d+)/scores")
@RolesAllowed(AppRoles.ADMIN)
class ApplicationScoresView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ScoreSheetService sheets;
    private final AccountService accounts;
    private long applicationId;

    ApplicationScoresView(ScoreSheetService sheets, AccountService accounts) {
        this.sheets = sheets;
        this.accounts = accounts;
        addClassNames("admin-view", "scores-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applicationId = RouteIds.of(event, "applicationId");
        render(RouteIds.found(sheets.scores(applicationId)));
    }

    private void render(ApplicationScores scores) {
        removeAll();
        // The figures are exact; they are rounded here, to show them, as the ranking rounds its own.
        var number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(2);
        number.setRoundingMode(RoundingMode.HALF_UP);
        // The spread to four places, as the ranking keeps it: 15.0019 against a threshold of 15 is
        // flagged, and "15" beside the flag would not say why.
        var spread = NumberFormat.getNumberInstance(getLocale());
        spread.setMaximumFractionDigits(4);
        spread.setRoundingMode(RoundingMode.HALF_UP);
        add(new ViewHeader(getTranslation("scores.title", applicationId), getTranslation("scores.description")));
        var summary = new Paragraph(getTranslation("scores.summary", scores.submitted(), number.format(scores.mean()),
                spread.format(scores.spread()), number.format(scores.varianceThreshold())));
        summary.setId("scores-summary");
        summary.addClassName("desk-summary");
        add(summary);
        if (scores.varianceFlag()) {
            var flag = new Span(getTranslation("scores.variance-flag"));
            flag.setId("variance-flag");
            flag.addClassNames("desk-badge", "warning");
            add(flag);
        }
        Map<Long, AccountSummary> jurors = accounts.findAllById(scores.sheets().stream()
                .map(ApplicationScores.Sheet::jurorId).toList()).stream()
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
        Map<Long, String> criteria = scores.criteria().stream()
                .collect(Collectors.toMap(c -> c.id(), c -> c.name().in(getLocale())));
        var list = new Div();
        list.addClassName("desk-sections");
        for (var sheet : scores.sheets()) {
            var juror = jurors.get(sheet.jurorId());
            var section = new Section(new H2(juror == null ? String.valueOf(sheet.jurorId()) : juror.displayName()));
            section.addClassName("desk-section");
            section.add(new Paragraph(getTranslation("scores.sheet", getTranslation(sheet.state().labelKey()),
                    number.format(sheet.total()),
                    sheet.submittedAt() == null ? "—" : Almaty.dateTime(sheet.submittedAt()))));
            var entries = new UnorderedList();
            sheet.entries().forEach(entry -> entries.add(new ListItem(getTranslation("scores.entry",
                    criteria.getOrDefault(entry.criterionId(), ""), entry.score() == null ? "—" : entry.score(),
                    entry.comment()))));
            section.add(entries);
            section.add(new Paragraph(getTranslation("scores.to-organisers", sheet.commentToOrganisers())));
            section.add(new Paragraph(getTranslation("scores.to-applicant", sheet.commentToApplicant())));
            if (sheet.state() == AssignmentState.SUBMITTED) {
                var reopen = new Button(getTranslation("scores.reopen"), e -> reopen(sheet.assignmentId()));
                reopen.setId("reopen-" + sheet.assignmentId());
                section.add(reopen);
            }
            list.add(section);
        }
        add(list);
    }

    private void reopen(long assignmentId) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("scores.reopen"));
        var reason = new TextArea(getTranslation("scores.reopen.reason"));
        reason.setWidthFull();
        reason.setId("reopen-reason");
        dialog.add(reason);
        var confirm = new Button(getTranslation("scores.reopen.confirm"), e -> {
            try {
                sheets.reopen(assignmentId, reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("scores.reopened"));
                render(sheets.scores(applicationId).orElseThrow());
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        confirm.setId("confirm-reopen");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("desk.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scores.title", applicationId) + " · " + getTranslation("app.name");
    }
}
