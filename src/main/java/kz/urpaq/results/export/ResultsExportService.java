package kz.urpaq.results.export;

import com.vaadin.flow.i18n.I18NProvider;
import kz.urpaq.base.domain.Almaty;
import kz.urpaq.base.domain.LocalizedText;
import kz.urpaq.competition.CompetitionOverview;
import kz.urpaq.competition.CompetitionSetupService;
import kz.urpaq.results.RankedApplication;
import kz.urpaq.results.ResultsService;
import kz.urpaq.results.export.ExportTable.Column;
import kz.urpaq.results.export.ExportTable.Label;
import kz.urpaq.review.SubmittedScores;
import kz.urpaq.review.SubmittedSheet;
import kz.urpaq.submission.ApplicationDirectory;
import kz.urpaq.submission.ScreeningFilter;
import kz.urpaq.submission.ScreeningService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.OutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * For administrators: a competition's applications, the jurors' scores per criterion, and the
 * computed and final results, as CSV and as one XLSX workbook. Columns and formats are documented
 * in docs/decisions/009-results-exports.md; the scores CSV alone, with the published rules, is
 * enough to recompute the ranking with the formula of domain.md §7.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class ResultsExportService {

    private final ResultsService results;
    private final CompetitionSetupService setup;
    private final ScreeningService screening;
    private final ApplicationDirectory applications;
    private final SubmittedScores scores;
    private final I18NProvider i18n;

    ResultsExportService(ResultsService results, CompetitionSetupService setup, ScreeningService screening,
                         ApplicationDirectory applications, SubmittedScores scores, I18NProvider i18n) {
        this.results = results;
        this.setup = setup;
        this.screening = screening;
        this.applications = applications;
        this.scores = scores;
        this.i18n = i18n;
    }

    /** The export as CSV, with machine headers whatever the reader's language. */
    public void csv(long competitionId, Export export, OutputStream out) {
        TableCsv.write(table(competitionId, export, Locale.ENGLISH), out);
    }

    /** All exports as one workbook, a sheet each, with headers and labels in the reader's language. */
    public void xlsx(long competitionId, Locale locale, OutputStream out) {
        TableXlsx.write(Arrays.stream(Export.values()).map(e -> table(competitionId, e, locale)).toList(), out);
    }

    /** A file name such as {@code TU-2026-scores.csv}: the competition's code, then the export. */
    public String fileName(long competitionId, @Nullable Export export, String extension) {
        var code = setup.overview(competitionId).code().replaceAll("[^A-Za-z0-9_-]", "_");
        return code + "-" + (export == null ? "results-all" : export.key()) + "." + extension;
    }

    public ExportTable table(long competitionId, Export export, Locale locale) {
        return switch (export) {
            case APPLICATIONS -> applications(competitionId, locale);
            case SCORES -> scores(competitionId, locale);
            case RESULTS -> results(competitionId, locale);
        };
    }

    private ExportTable applications(long competitionId, Locale locale) {
        var overview = setup.overview(competitionId);
        Map<LocalizedText, String> directionCodes = overview.directions().stream().collect(
                Collectors.toMap(CompetitionOverview.DirectionView::name, CompetitionOverview.DirectionView::code,
                        (a, b) -> a));
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var a : screening.search(competitionId, ScreeningFilter.none(), 0, Integer.MAX_VALUE)) {
            var direction = a.direction();
            var district = a.district();
            rows.add(Arrays.asList(a.applicationId(), a.referenceNumber(),
                    direction == null ? null : new Label(directionCodes.getOrDefault(direction, ""),
                            direction.in(locale)),
                    a.title(), a.applicantName(),
                    district == null ? null : new Label(district.name(), district.displayName().in(locale)),
                    new Label(a.status().name(), i18n.getTranslation(a.status().labelKey(), locale)),
                    a.screeningReason(), almaty(a.submittedAt())));
        }
        return table(Export.APPLICATIONS, locale, rows, "application_id", "reference_number", "direction", "title",
                "applicant_name", "district", "status", "screening_reason", "submitted_at");
    }

    private ExportTable scores(long competitionId, Locale locale) {
        var overview = setup.overview(competitionId);
        var input = results.input(competitionId);
        var directions = overview.directions().stream()
                .collect(Collectors.toMap(CompetitionOverview.DirectionView::id, Function.identity()));
        var references = references(competitionId);
        Map<Long, List<SubmittedSheet>> sheets = new HashMap<>();
        scores.submitted(competitionId).forEach(s -> sheets.computeIfAbsent(s.applicationId(), id -> new ArrayList<>())
                .add(s));
        var rows = new ArrayList<List<@Nullable Object>>();
        var entries = input.entries().stream()
                .sorted(Comparator.comparingLong(e -> e.applicationId())).toList();
        for (var entry : entries) {
            var direction = directions.get(entry.directionId());
            var about = Arrays.<@Nullable Object>asList(entry.applicationId(), references.get(entry.applicationId()),
                    entry.directionId(), direction == null ? null : new Label(direction.code(),
                            direction.name().in(locale)), almaty(entry.submittedAt()));
            var own = sheets.getOrDefault(entry.applicationId(), List.of());
            if (own.isEmpty()) {
                var row = new ArrayList<@Nullable Object>(about);
                row.addAll(Arrays.asList(null, null, null, null, null, null, null));
                rows.add(row);
            }
            for (var sheet : own) {
                for (var criterion : input.rules().criteria()) {
                    var row = new ArrayList<@Nullable Object>(about);
                    row.addAll(Arrays.asList(sheet.jurorId(), criterion.code(), criterion.weightPercent(),
                            criterion.scaleMax(), criterion.tieBreakOrder(), sheet.scores().get(criterion.code()),
                            almaty(sheet.submittedAt())));
                    rows.add(row);
                }
            }
        }
        return table(Export.SCORES, locale, rows, "application_id", "reference_number", "direction_id", "direction",
                "application_submitted_at", "juror_id", "criterion", "weight_percent", "scale_max", "tie_break_order",
                "score", "sheet_submitted_at");
    }

    /**
     * The computed and the final result of every eligible application. Once finalised, the
     * results are first checked against the snapshot, so an export never differs from it.
     */
    private ExportTable results(long competitionId, Locale locale) {
        var current = results.recomputed(competitionId);
        var snapshot = current.snapshot();
        if (snapshot != null && !snapshot.export().equals(ResultsService.canonicalExport(current))) {
            throw new IllegalStateException("the results of competition " + competitionId
                    + " no longer match their finalised snapshot");
        }
        var rows = new ArrayList<List<@Nullable Object>>();
        for (var direction : current.directions()) {
            for (var row : direction.rows()) {
                var r = row.computed();
                rows.add(Arrays.asList(new Label(direction.code(), direction.name().in(locale)), r.rank(),
                        r.applicationId(), row.referenceNumber(), row.title(), r.score(), r.mean(), r.trimmedMean(),
                        r.normalised(), r.spread(), r.reviews(), r.varianceFlag(), r.place(), r.grant(),
                        row.finalPlace(), row.finalGrant(), row.overridden(), rules(r, locale)));
            }
        }
        return table(Export.RESULTS, locale, rows, "direction", "rank", "application_id", "reference_number", "title",
                "score", "mean", "trimmed_mean", "normalised", "spread", "reviews", "variance_flag", "computed_place",
                "computed_grant", "final_place", "final_grant", "overridden", "rules");
    }

    /** The deciding rules: {@code RULE:detail;RULE} for machines, sentences for people. */
    private Label rules(RankedApplication ranked, Locale locale) {
        var code = ranked.decisions().stream()
                .map(d -> d.detail().isEmpty() ? d.rule().name() : d.rule().name() + ":" + d.detail())
                .collect(Collectors.joining(";"));
        var text = ranked.decisions().stream().map(d -> i18n.getTranslation(d.rule().labelKey(), locale, d.detail()))
                .collect(Collectors.joining("; "));
        return new Label(code, text);
    }

    private Map<Long, @Nullable String> references(long competitionId) {
        var found = new HashMap<Long, @Nullable String>();
        applications.eligible(competitionId).forEach(a -> found.put(a.applicationId(), a.referenceNumber()));
        return found;
    }

    private ExportTable table(Export export, Locale locale, List<List<@Nullable Object>> rows, String... keys) {
        var columns = Arrays.stream(keys)
                .map(key -> new Column(key, i18n.getTranslation("results.export.column." + key, locale))).toList();
        return new ExportTable(export, i18n.getTranslation(export.labelKey(), locale), columns, List.copyOf(rows));
    }

    private static @Nullable OffsetDateTime almaty(@Nullable Instant instant) {
        return instant == null ? null : Almaty.at(instant).toOffsetDateTime();
    }
}
