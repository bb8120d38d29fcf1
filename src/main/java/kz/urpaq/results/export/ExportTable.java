package kz.urpaq.results.export;

import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One export as a table: stable machine column keys (the CSV header), headers in the reader's
 * language (the XLSX header), and rows of cells. A cell is empty ({@code null}), a text
 * ({@link String}), a number ({@link Integer}, {@link Long} or {@link java.math.BigDecimal}),
 * {@link Boolean}, a moment in Almaty time ({@link java.time.OffsetDateTime}), or a {@link Label}. The
 * export is empty for a table of another room written with {@link ExportTables}.
 */
public record ExportTable(@Nullable Export export, String title, List<Column> columns, List<List<@Nullable Object>> rows) {

    public record Column(String key, String header) {
    }

    /** A value with a stable code for the CSV and words for people in the XLSX. */
    public record Label(String code, String text) {
    }
}
