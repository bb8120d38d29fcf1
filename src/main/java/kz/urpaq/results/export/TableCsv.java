package kz.urpaq.results.export;

import kz.urpaq.base.domain.Csv;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a table as CSV ({@link Csv}: UTF-8 with a byte order mark, RFC 4180, CRLF): the machine
 * column keys as the header, a label as its code, a moment as ISO 8601 with the +05:00 offset.
 */
final class TableCsv {

    private TableCsv() {
    }

    static void write(ExportTable table, OutputStream out) {
        try {
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(Csv.BYTE_ORDER_MARK);
            writer.write(Csv.row(table.columns().stream().map(ExportTable.Column::key).toList()));
            for (var row : table.rows()) {
                writer.write(Csv.row(row.stream().map(TableCsv::value).toList()));
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static @Nullable Object value(@Nullable Object cell) {
        return switch (cell) {
            case ExportTable.Label label -> label.code();
            case OffsetDateTime moment -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment);
            case null -> null;
            default -> cell;
        };
    }
}
