package kz.urpaq.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.Csv;
import kz.urpaq.base.ui.RouteIds;
import kz.urpaq.base.ui.ViewHeader;
import kz.urpaq.insight.Dashboard;
import kz.urpaq.insight.DashboardService;
import kz.urpaq.security.AppRoles;
import org.jspecify.annotations.Nullable;

import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For administrators: one competition at a glance (SPEC §16). Each section has a chart drawn as SVG
 * on the server, the same numbers as a table, and the table as CSV (docs/decisions/027-dashboard-figures.md).
 */
@Route("admin/competitions/:competitionId(\\d+)/dashboard")
@RolesAllowed(AppRoles.ADMIN)
class DashboardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern(Almaty.DATE_PATTERN);

    /** A cell that holds a number is aligned to the end, any other text to the start. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private final DashboardService dashboards;

    DashboardView(DashboardService dashboards) {
        this.dashboards = dashboards;
        addClassNames("admin-view", "dashboard-view");
    }

    /** A table's header and rows as text: shown, and downloaded as CSV, from the same cells. */
    record Table(List<String> header, List<List<String>> rows) {
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(dashboards.dashboard(RouteIds.of(event, "competitionId")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · " + getTranslation("app.name");
    }

    private void render(Dashboard d) {
        removeAll();
        var competition = d.competition();
        add(new ViewHeader(getTranslation("dashboard.heading", competition.title().in(getLocale())),
                getTranslation("dashboard.intro", getTranslation(competition.phase().labelKey()),
                        competition.submissionDeadline() == null ? "—" : Almaty.dateTime(competition.submissionDeadline()))));
        var links = new Div(new Anchor("admin/competitions/" + competition.id(), getTranslation("dashboard.link.editor")),
                new Anchor("admin/competitions/" + competition.id() + "/results", getTranslation("editor.link.results")));
        links.addClassName("editor-links");
        add(links);

        var code = competition.code();
        add(section("status", code, simpleBars(getTranslation("dashboard.column.state"),
                d.byStatus().entrySet().stream().map(e -> Map.entry(getTranslation(e.getKey().labelKey()), e.getValue()))
                        .toList())));
        add(section("direction", code, simpleBars(getTranslation("dashboard.column.direction"),
                d.byDirection().stream().map(c -> Map.entry(c.name().in(getLocale()), c.count())).toList())));
        add(section("district", code, simpleBars(getTranslation("dashboard.column.district"),
                d.byDistrict().entrySet().stream().map(e -> Map.entry(e.getKey().displayName().in(getLocale()),
                        e.getValue())).toList())));
        add(ages(d, code));
        add(curve(d, code));
        add(funnel(d, code));
        add(progress(d, code));
        add(severity(d, code));
    }

    private record Drawn(String chart, Table table) {
    }

    private Drawn simpleBars(String firstColumn, List<Map.Entry<String, Long>> counts) {
        var table = new Table(List.of(firstColumn, getTranslation("dashboard.column.count")),
                counts.stream().map(e -> List.of(e.getKey(), Long.toString(e.getValue()))).toList());
        return new Drawn(Charts.bars("", counts.stream().map(e -> new Charts.Bar(e.getKey(), e.getValue())).toList()), table);
    }

    private Section ages(Dashboard d, String code) {
        var rows = new ArrayList<List<String>>();
        var bars = new ArrayList<Charts.Bar>();
        long female = 0;
        long male = 0;
        for (var band : d.ages()) {
            rows.add(List.of(band.label(), Long.toString(band.female()), Long.toString(band.male()),
                    Long.toString(band.total())));
            bars.add(new Charts.Bar(band.label() + " · " + getTranslation("dashboard.sex.female"), band.female(),
                    Long.toString(band.female()), "chart-female"));
            bars.add(new Charts.Bar(band.label() + " · " + getTranslation("dashboard.sex.male"), band.male(),
                    Long.toString(band.male()), "chart-male"));
            female += band.female();
            male += band.male();
        }
        rows.add(List.of(getTranslation("dashboard.column.total"), Long.toString(female), Long.toString(male),
                Long.toString(female + male)));
        var table = new Table(List.of(getTranslation("dashboard.column.age"), getTranslation("dashboard.sex.female"),
                getTranslation("dashboard.sex.male"), getTranslation("dashboard.column.total")), rows);
        return section("ages", code, new Drawn(Charts.bars("", bars), table));
    }

    private Section curve(Dashboard d, String code) {
        var current = d.curve();
        var previous = d.previousYear();
        var series = new ArrayList<Charts.Series>();
        series.add(new Charts.Series(curveName(current), "chart-this-year",
                current.days().stream().map(day -> new long[]{day.fromDeadline(), day.cumulative()}).toList()));
        if (previous != null) {
            series.add(new Charts.Series(curveName(previous), "chart-last-year",
                    previous.days().stream().map(day -> new long[]{day.fromDeadline(), day.cumulative()}).toList()));
        }
        var byDay = new TreeMap<Long, String[]>();
        for (var day : current.days()) {
            byDay.computeIfAbsent(day.fromDeadline(), k -> new String[]{"", "", "", "", "", ""});
            var row = byDay.get(day.fromDeadline());
            row[0] = day.date().format(DATE);
            row[1] = Long.toString(day.count());
            row[2] = Long.toString(day.cumulative());
        }
        if (previous != null) {
            for (var day : previous.days()) {
                var row = byDay.computeIfAbsent(day.fromDeadline(), k -> new String[]{"", "", "", "", "", ""});
                row[3] = day.date().format(DATE);
                row[4] = Long.toString(day.count());
                row[5] = Long.toString(day.cumulative());
            }
        }
        var header = new ArrayList<>(List.of(getTranslation("dashboard.column.from-deadline"),
                getTranslation("dashboard.column.date"), getTranslation("dashboard.column.submitted"),
                getTranslation("dashboard.column.cumulative")));
        if (previous != null) {
            header.addAll(List.of(getTranslation("dashboard.column.last-year-date", Integer.toString(previous.year())),
                    getTranslation("dashboard.column.last-year-submitted", Integer.toString(previous.year())),
                    getTranslation("dashboard.column.last-year-cumulative", Integer.toString(previous.year()))));
        }
        var rows = byDay.entrySet().stream().map(e -> {
            var cells = new ArrayList<String>();
            cells.add(Long.toString(e.getKey()));
            cells.addAll(List.of(e.getValue()).subList(0, previous == null ? 3 : 6));
            return (List<String>) List.copyOf(cells);
        }).toList();
        var section = section("curve", code, new Drawn(Charts.lines("", getTranslation("dashboard.curve.deadline"),
                series), new Table(header, rows)));
        section.addComponentAtIndex(1, new Paragraph(previous == null ? getTranslation("dashboard.curve.no-last-year")
                : getTranslation("dashboard.curve.explained", previous.code())));
        return section;
    }

    private String curveName(Dashboard.Curve curve) {
        return getTranslation("dashboard.curve.series", Integer.toString(curve.year()), curve.code(),
                Long.toString(curve.total()));
    }

    private Section funnel(Dashboard d, String code) {
        var rows = new ArrayList<List<String>>();
        var bars = new ArrayList<Charts.Bar>();
        for (var step : d.funnel()) {
            var label = getTranslation(step.stage().labelKey());
            var count = step.count();
            var text = count == null ? getTranslation("dashboard.funnel.unknown") : Long.toString(count);
            rows.add(List.of(label, text));
            bars.add(new Charts.Bar(label, count == null ? 0 : count, text, null));
        }
        var section = section("funnel", code, new Drawn(Charts.bars("", bars),
                new Table(List.of(getTranslation("dashboard.column.stage"), getTranslation("dashboard.column.count")), rows)));
        section.addComponentAtIndex(1, new Paragraph(getTranslation("dashboard.funnel.explained")));
        return section;
    }

    private Section progress(Dashboard d, String code) {
        var rows = d.jurorProgress().stream().map(p -> List.of(p.jurorName(), Long.toString(p.assigned()),
                Long.toString(p.started()), Long.toString(p.submitted()), Long.toString(p.declined()))).toList();
        var bars = d.jurorProgress().stream().map(p -> new Charts.Bar(p.jurorName(), p.submitted(),
                p.submitted() + " / " + p.assigned(), p.submitted() < p.assigned() ? "chart-behind" : null)).toList();
        return section("progress", code, new Drawn(Charts.bars("", bars), new Table(List.of(
                getTranslation("dashboard.column.juror"), getTranslation("dashboard.column.assigned"),
                getTranslation("dashboard.column.started"), getTranslation("dashboard.column.submitted"),
                getTranslation("dashboard.column.declined")), rows)));
    }

    private Section severity(Dashboard d, String code) {
        var rows = new ArrayList<List<String>>();
        var charts = new ArrayList<Component>();
        for (var panel : d.panels()) {
            var name = panel.direction().in(getLocale());
            var figures = panel.figures();
            rows.add(List.of(name, getTranslation("dashboard.severity.panel-row"), Long.toString(figures.sheets()),
                    decimal(figures.mean()), decimal(figures.spread()), "", ""));
            var dots = new ArrayList<Charts.Dot>();
            for (var juror : figures.jurors()) {
                rows.add(List.of(name, juror.jurorName(), Long.toString(juror.sheets()), decimal(juror.mean()),
                        decimal(juror.spread()), juror.offset() == null ? "" : decimal(juror.offset()),
                        getTranslation(juror.outlier() ? "dashboard.severity.outlier" : "dashboard.severity.within")));
                dots.add(new Charts.Dot(juror.jurorName(), juror.mean().doubleValue(), juror.spread().doubleValue(),
                        juror.outlier()));
            }
            var heading = new H3(name);
            var chart = svg(Charts.severity(name, dots, figures.mean().doubleValue(),
                    getTranslation("dashboard.severity.panel-mean", decimal(figures.mean())),
                    getTranslation("dashboard.severity.outlier")));
            charts.add(new Div(heading, chart));
        }
        var table = new Table(List.of(getTranslation("dashboard.column.direction"), getTranslation("dashboard.column.juror"),
                getTranslation("dashboard.column.sheets"), getTranslation("dashboard.column.mean"),
                getTranslation("dashboard.column.spread"), getTranslation("dashboard.column.offset"),
                getTranslation("dashboard.column.outlier")), rows);
        var section = new Section(new H2(getTranslation("dashboard.section.severity")),
                new Paragraph(getTranslation("dashboard.severity.explained", decimal(d.competition().varianceThreshold()))));
        section.setId("dashboard-severity");
        section.addClassName("dashboard-section");
        if (d.panels().isEmpty()) {
            section.add(new Paragraph(getTranslation("dashboard.empty")));
        } else {
            charts.forEach(section::add);
        }
        section.add(table("severity", table), download("severity", code, table));
        return section;
    }

    private Section section(String key, String code, Drawn drawn) {
        var section = new Section(new H2(getTranslation("dashboard.section." + key)));
        section.setId("dashboard-" + key);
        section.addClassName("dashboard-section");
        var chart = svg(drawn.chart().replace("<title></title>",
                "<title>" + Charts.escape(getTranslation("dashboard.section." + key)) + "</title>"));
        section.add(chart, table(key, drawn.table()), download(key, code, drawn.table()));
        return section;
    }

    private static Component svg(String markup) {
        var svg = new Svg(markup);
        svg.addClassName("dashboard-chart");
        return svg;
    }

    private Component table(String key, Table table) {
        var native_ = new NativeTable();
        native_.setId("table-" + key);
        native_.addClassName("dashboard-table");
        native_.setCaptionText(getTranslation("dashboard.table.caption", getTranslation("dashboard.section." + key)));
        var head = native_.getHead().addRow();
        table.header().forEach(text -> {
            var cell = head.addHeaderCell();
            cell.setText(text);
            cell.getElement().setAttribute("scope", "col");
        });
        var body = native_.addBody();
        for (var row : table.rows()) {
            var tr = body.addRow();
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    var cell = tr.addHeaderCell();
                    cell.setText(row.get(i));
                    cell.getElement().setAttribute("scope", "row");
                } else {
                    var cell = tr.addDataCell();
                    cell.setText(row.get(i));
                    if (!NUMBER.matcher(row.get(i)).matches()) {
                        cell.addClassName("dashboard-text");
                    }
                }
            }
        }
        var scroller = new Div(native_);
        scroller.addClassName("dashboard-table-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", native_.getCaptionText());
        return scroller;
    }

    private Anchor download(String key, String code, Table table) {
        DownloadHandler handler = event -> {
            event.setFileName("dashboard-" + code + "-" + key + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            var out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            out.write(Csv.BYTE_ORDER_MARK);
            out.write(Csv.row(table.header()));
            for (var row : table.rows()) {
                out.write(Csv.row(row));
            }
            out.flush();
        };
        var anchor = new Anchor(handler, AttachmentType.DOWNLOAD,
                getTranslation("dashboard.csv", getTranslation("dashboard.section." + key)));
        anchor.setId("csv-" + key);
        anchor.addClassName("export-link");
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        return anchor;
    }

    private static String decimal(@Nullable BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
