package kz.urpaq.results.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.RefusedException;
import kz.urpaq.base.ui.FieldMessages;
import kz.urpaq.base.ui.Notifications;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.competition.Phase;
import kz.urpaq.results.CompetitionResults.Row;
import kz.urpaq.results.CompetitionResults;
import kz.urpaq.results.RankedApplication;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.export.Export;
import kz.urpaq.results.export.ResultsExportService;
import kz.urpaq.security.AppRoles;
import kz.urpaq.security.ui.StepUpPrompt;
import org.jspecify.annotations.Nullable;

import java.util.stream.Collectors;

/**
 * For administrators: per direction the computed ranking with all three scores, the spread, the
 * variance flag, the proposed place and grant and the rules that decided them; overrides with a
 * written reason; finalisation into a snapshot whose SHA-256 is shown; CSV and XLSX exports.
 */
@Route("admin/competitions/:competitionId(\\d+)/results")
@RolesAllowed(AppRoles.ADMIN)
class ResultsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultsService results;
    private final StepUpPrompt stepUp;
    private final ResultsExportService exports;
    private long competitionId;

    ResultsView(ResultsService results, ResultsExportService exports, StepUpPrompt stepUp) {
        this.results = results;
        this.stepUp = stepUp;
        this.exports = exports;
        addClassNames("admin-view", "results-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        competitionId = RouteIds.of(event, "competitionId");
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.title") + " · " + getTranslation("app.name");
    }

    private void render() {
        removeAll();
        var current = results.results(competitionId);
        add(new ViewHeader(getTranslation("results.heading", current.title().in(getLocale())),
                getTranslation("results.method", getTranslation(current.method().labelKey()))));
        var snapshot = current.snapshot();
        if (snapshot != null) {
            var hash = new Paragraph(getTranslation("results.snapshot", Almaty.dateTime(snapshot.finalisedAt()),
                    snapshot.sha256()));
            hash.setId("snapshot-hash");
            hash.addClassName("results-hash");
            add(hash);
            var all = results.snapshots(competitionId);
            if (all.size() > 1) {
                var earlier = new UnorderedList();
                earlier.setId("earlier-snapshots");
                earlier.addClassName("results-hash");
                all.subList(0, all.size() - 1).forEach(s -> earlier.add(new ListItem(
                        getTranslation("results.snapshot.superseded", Almaty.dateTime(s.finalisedAt()), s.sha256()))));
                add(new Paragraph(getTranslation("results.snapshot.earlier")), earlier);
            }
        } else if (!current.fullyReviewed()) {
            var incomplete = new Paragraph(getTranslation("results.incomplete"));
            incomplete.setId("results-incomplete");
            incomplete.addClassNames("desk-badge", "warning");
            add(incomplete);
        }
        boolean changeable = snapshot == null && current.phase() == Phase.DELIBERATION;
        if (changeable) {
            var finalise = new Button(getTranslation("results.finalise"), e -> confirmFinalise());
            finalise.setId("finalise-results");
            finalise.addThemeVariants(ButtonVariant.PRIMARY);
            finalise.setEnabled(current.fullyReviewed());
            add(finalise);
        }
        add(exports());
        var links = new com.vaadin.flow.component.html.Div(
                new com.vaadin.flow.component.html.Anchor("admin/competitions/" + competitionId + "/appeals",
                        getTranslation("editor.link.appeals")),
                new com.vaadin.flow.component.html.Anchor("admin/competitions/" + competitionId + "/messages",
                        getTranslation("editor.link.messages")));
        links.addClassName("editor-links");
        add(links);
        for (var direction : current.directions()) {
            var section = new Section(new H2(direction.name().in(getLocale())));
            section.addClassName("results-direction");
            if (direction.rows().isEmpty()) {
                section.add(new Paragraph(getTranslation("results.empty")));
            } else {
                section.add(grid(direction, changeable));
            }
            add(section);
        }
    }

    /** Downloads that work before and after finalisation; after it they equal the snapshot. */
    private Section exports() {
        var links = new Div();
        links.addClassName("results-exports");
        for (var export : Export.values()) {
            links.add(download("export-" + export.key() + "-csv",
                    getTranslation("results.export.csv", getTranslation(export.labelKey())), csv(export)));
        }
        links.add(download("export-xlsx", getTranslation("results.export.xlsx"), xlsx()));
        var section = new Section(new H2(getTranslation("results.export.heading")),
                new Paragraph(getTranslation("results.export.description")), links);
        section.addClassName("results-export");
        return section;
    }

    private DownloadHandler csv(Export export) {
        return event -> {
            event.setFileName(exports.fileName(competitionId, export, "csv"));
            event.setContentType("text/csv; charset=UTF-8");
            exports.csv(competitionId, export, event.getOutputStream());
        };
    }

    private DownloadHandler xlsx() {
        var locale = getLocale();
        return event -> {
            event.setFileName(exports.fileName(competitionId, null, "xlsx"));
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            exports.xlsx(competitionId, locale, event.getOutputStream());
        };
    }

    private static Anchor download(String id, String text, DownloadHandler handler) {
        var anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.setId(id);
        anchor.addClassName("export-link");
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return anchor;
    }

    private Grid<Row> grid(CompetitionResults.DirectionResults direction, boolean changeable) {
        var grid = new Grid<Row>();
        grid.setId("results-" + direction.code());
        grid.addClassName("results-grid");
        grid.addColumn(r -> r.computed().rank()).setHeader(getTranslation("results.column.rank")).setAutoWidth(true);
        grid.addColumn(r -> r.referenceNumber() == null ? r.title() : r.referenceNumber() + " · " + r.title())
                .setHeader(getTranslation("results.column.application")).setFlexGrow(2);
        grid.addColumn(r -> r.computed().score().toPlainString()).setHeader(getTranslation("results.column.score"));
        grid.addColumn(r -> r.computed().mean().toPlainString()).setHeader(getTranslation("results.column.mean"));
        grid.addColumn(r -> r.computed().trimmedMean().toPlainString())
                .setHeader(getTranslation("results.column.trimmed"));
        grid.addColumn(r -> r.computed().normalised().toPlainString())
                .setHeader(getTranslation("results.column.normalised"));
        grid.addComponentColumn(this::spread).setHeader(getTranslation("results.column.spread"));
        grid.addColumn(r -> r.computed().reviews()).setHeader(getTranslation("results.column.reviews"));
        grid.addComponentColumn(this::award).setHeader(getTranslation("results.column.place"));
        grid.addColumn(r -> getTranslation(r.finalGrant() ? "results.grant.yes" : "results.grant.no"))
                .setHeader(getTranslation("results.column.grant"));
        grid.addColumn(this::rules).setKey("rules").setHeader(getTranslation("results.column.rules")).setFlexGrow(3);
        if (changeable) {
            grid.addComponentColumn(r -> {
                var button = new Button(getTranslation("results.override"), e -> override(r));
                button.setId("override-" + r.computed().applicationId());
                button.addThemeVariants(ButtonVariant.SMALL);
                return button;
            }).setKey("override");
        }
        grid.setItems(direction.rows());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Div spread(Row row) {
        var cell = new Div(new Span(row.computed().spread().toPlainString()));
        if (row.computed().varianceFlag()) {
            var flag = new Span(getTranslation("results.variance-flag"));
            flag.addClassNames("desk-badge", "warning");
            cell.add(flag);
        }
        return cell;
    }

    private Div award(Row row) {
        var cell = new Div(new Span(place(row.finalPlace())));
        if (!row.computed().fullyReviewed()) {
            var badge = new Span(getTranslation("results.not-fully-reviewed"));
            badge.addClassNames("desk-badge", "warning", "not-fully-reviewed");
            cell.add(badge);
        }
        if (row.overridden()) {
            var badge = new Span(getTranslation("results.overridden"));
            badge.addClassNames("desk-badge", "results-overridden");
            badge.setTitle(getTranslation("results.computed", place(row.computed().place()),
                    getTranslation(row.computed().grant() ? "results.grant.yes" : "results.grant.no")));
            cell.add(badge);
        }
        return cell;
    }

    private String place(@Nullable Integer place) {
        return place == null ? getTranslation("results.no-place") : String.valueOf(place);
    }

    private String rules(Row row) {
        return row.computed().decisions().stream().map(this::rule).collect(Collectors.joining("; "));
    }

    private String rule(RankedApplication.Decision decision) {
        return getTranslation(decision.rule().labelKey(), decision.detail());
    }

    private void override(Row row) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("results.override.title", row.referenceNumber() == null
                ? row.title() : row.referenceNumber()));
        var place = new IntegerField(getTranslation("results.override.place"));
        place.setId("override-place");
        FieldMessages.wholeNumber(place, 1, Integer.MAX_VALUE);
        place.setClearButtonVisible(true);
        place.setValue(row.finalPlace());
        var grant = new Checkbox(getTranslation("results.override.grant"), row.finalGrant());
        grant.setId("override-grant");
        var reason = new TextArea(getTranslation("results.override.reason"));
        reason.setId("override-reason");
        reason.setRequired(true);
        reason.setMaxLength(ResultsService.REASON_MAX_LENGTH);
        reason.setWidthFull();
        dialog.add(new Div(place, grant, reason));
        var save = new Button(getTranslation("results.override.save"), e -> {
            try {
                results.override(competitionId, row.computed().applicationId(), place.getValue(), grant.getValue(),
                        reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("results.override.saved"));
                render();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        });
        save.setId("save-override");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("results.cancel"), e -> dialog.close()), save);
        add(dialog);
        dialog.open();
    }

    private void confirmFinalise() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("results.finalise"));
        dialog.add(new Paragraph(getTranslation("results.finalise.confirm")));
        var confirm = new Button(getTranslation("results.finalise"), e -> stepUp.around(() -> {
            try {
                results.finalise(competitionId);
                dialog.close();
                Notifications.success(getTranslation("results.finalised"));
                render();
            } catch (RefusedException refused) {
                Notifications.refused(this, refused);
            }
        }));
        confirm.setId("confirm-finalise");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("results.cancel"), e -> dialog.close()), confirm);
        add(dialog);
        dialog.open();
    }
}
